// Tests for kg/resolve: cross-document merging of people, countries and agreements, and never a wrong merge.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { resolveEntities } from '../../src/resolve/index.js';

const resolveTexts = (...texts: string[]) =>
  resolveEntities(texts.map((text, i) => extractDocument({ id: `doc${i}.txt`, text, date: '2020-01-01' })));

describe('resolveEntities', () => {
  it('should merge accents and transliterations of the same person across documents', () => {
    const r = resolveTexts(
      'Russian Foreign Minister Sergei Lavrov met Venezuelan President Nicolas Maduro.',
      'Russian Foreign Minister Sergey Lavrov praised President Nicolás Maduro of Venezuela.',
    );
    const people = r.entities.filter((e) => e.type === 'Person');
    expect(people.map((p) => p.label).sort()).toEqual(['Nicolás Maduro', 'Sergei Lavrov'].sort());
    const lavrov = people.find((p) => p.label === 'Sergei Lavrov')!;
    expect(lavrov.aliases).toContain('Sergey Lavrov');
    expect(lavrov.documents).toEqual(['doc0.txt', 'doc1.txt']);
  });

  it('should never merge different people who share a given name or a surname', () => {
    const r = resolveTexts(
      'Russian President Vladimir Putin spoke. Venezuelan Defense Minister Vladimir Padrino Lopez listened.',
      'Polish President Andrzej Kowalski met Polish Prime Minister Anna Kowalski.',
    );
    const labels = r.entities.filter((e) => e.type === 'Person').map((e) => e.label).sort();
    expect(labels).toEqual(['Andrzej Kowalski', 'Anna Kowalski', 'Vladimir Padrino Lopez', 'Vladimir Putin']);
  });

  it('should resolve country names, demonyms and capitals standing for their government to one country node', () => {
    const r = resolveTexts('The U.S. and Washington agreed.', 'American officials spoke in the United States.');
    const us = r.entities.filter((e) => e.type === 'Country' && e.code === 'USA');
    expect(us).toHaveLength(1);
    expect(us[0]!.id).toBe('country:usa');
    expect(us[0]!.label).toBe('United States');
    expect(us[0]!.aliases).toEqual(expect.arrayContaining(['U.S.', 'American']));
    // (a capital is no name of its country: "Washington" says who acted, and names the country only there)
    expect(us[0]!.aliases).not.toContain('Washington');
  });

  it('should keep a capital named as a place apart from its country', () => {
    const r = resolveTexts('The talks were held in Addis Ababa. Ethiopia agreed.');
    expect(r.entities.some((e) => e.type === 'Place' && e.label === 'Addis Ababa')).toBe(true);
    const ethiopia = r.entities.find((e) => e.type === 'Country' && e.code === 'ETH');
    expect(ethiopia?.aliases ?? []).not.toContain('Addis Ababa');
  });

  it('should merge an acronym into the one organization with those initials, and leave ambiguous ones alone', () => {
    const r = resolveTexts(
      'The IMF approved a loan to Egypt.',
      'The International Monetary Fund warned Kenya. The International Crisis Group and the Independent Citizens Group met.',
      'The ICG criticized Peru.',
    );
    const orgs = r.entities.filter((e) => e.type === 'Organization');
    const imf = orgs.find((e) => e.label === 'International Monetary Fund')!;
    expect(imf.aliases).toContain('IMF');
    expect(imf.documents).toEqual(expect.arrayContaining(['doc0.txt', 'doc1.txt']));
    expect(orgs.some((e) => e.label === 'IMF')).toBe(false);
    expect(r.claims.some((c) => c.type === 'loans_to' && c.subject === imf.id)).toBe(true);
    // ICG fits two full names: it stays apart
    expect(orgs.some((e) => e.label === 'ICG')).toBe(true);
  });

  it('should merge an acronym into the organization a document gave it in brackets, whatever its letters', () => {
    const r = resolveTexts(
      "Turkey demanded action against the Kurdistan Workers' Party (PKK), which has waged an insurgency.",
      'Turkey accused Sweden of harbouring PKK militants.',
    );
    const orgs = r.entities.filter((e) => e.type === 'Organization');
    expect(orgs.map((e) => e.label)).toEqual(["Kurdistan Workers' Party"]);
    expect(orgs[0]!.aliases).toContain('PKK');
    expect(orgs[0]!.documents).toEqual(['doc0.txt', 'doc1.txt']);
  });

  it('should rewrite claims onto global ids', () => {
    const r = resolveTexts('Russia backs Venezuela.', 'In 2011, Russia gave Venezuela a loan.');
    expect(r.claims.map((c) => `${c.subject} ${c.type} ${c.object}`).sort()).toEqual([
      'country:rus loans_to country:ven',
      'country:rus supports country:ven',
    ]);
  });
});
