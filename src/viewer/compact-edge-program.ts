// kg/viewer: sigma's thin-line edge program, drawing only the edges that are shown. Sigma keeps one buffer slot per
// edge and zeroes hidden ones, so the software rasterizer still uploads and runs 200k edges' vertices when 12k are
// drawn (~90 ms a frame at 50k nodes). This subclass copies the shown slots into a compact buffer when the data
// changed, and draws that. Same output, same picking (none: big graphs hit-test edges themselves).
import { EdgeLineProgram } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';

export class CompactEdgeLineProgram extends EdgeLineProgram {
  private shown = new Uint8Array(0);
  private compact = new Float32Array(0);
  private compactItems = 0;
  private dirty = true;

  override reallocate(capacity: number): void {
    super.reallocate(capacity);
    this.shown = new Uint8Array(capacity);
    this.dirty = true;
  }

  override process(edgeIndex: number, offset: number, sourceData: NodeDisplayData, targetData: NodeDisplayData, data: EdgeDisplayData): void {
    super.process(edgeIndex, offset, sourceData, targetData, data);
    this.shown[offset] = data.hidden || sourceData.hidden || targetData.hidden ? 0 : 1;
    this.dirty = true;
  }

  override render(params: RenderParams): void {
    if (this.dirty) {
      let items = 0;
      for (let k = 0; k < this.capacity; k++) if (this.shown[k]) items++;
      const stride = this.STRIDE;
      if (this.compact.length < items * stride) this.compact = new Float32Array(Math.ceil(items * 1.25) * stride);
      let at = 0;
      for (let k = 0; k < this.capacity; k++) {
        if (!this.shown[k]) continue;
        this.compact.set(this.array.subarray(k * stride, (k + 1) * stride), at);
        at += stride;
      }
      this.compactItems = items;
      this.dirty = false;
    }
    // Draw the compact buffer in place of the full one, then put the full one back
    const full = this.array;
    const fullVertices = this.verticesCount;
    const fullCapacity = this.capacity;
    this.array = this.compact.subarray(0, this.compactItems * this.STRIDE);
    this.verticesCount = this.isInstanced ? this.VERTICES : this.compactItems * this.VERTICES;
    this.capacity = this.compactItems;
    try {
      if (this.compactItems > 0) super.render(params);
    } finally {
      this.array = full;
      this.verticesCount = fullVertices;
      this.capacity = fullCapacity;
    }
  }
}
