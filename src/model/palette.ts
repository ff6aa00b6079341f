// kg/model: the colour of each entity type, shared by enrich (GEXF/graph.json colours) and the viewer legend.
import type { EntityType } from './types.js';

export const TYPE_COLORS: Record<EntityType, string> = {
  Person: '#e15759',
  Country: '#4e79a7',
  Organization: '#59a14f',
  Agreement: '#f28e2b',
  Event: '#b07aa1',
  Place: '#76b7b2',
  Other: '#9c9c9c',
};

export const ENTITY_TYPES = Object.keys(TYPE_COLORS) as EntityType[];
