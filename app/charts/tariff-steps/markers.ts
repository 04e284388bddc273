/** SVG paths for chart markers, centred on 0,0 with radius r. Shapes carry meaning, so greyscale still reads. */
export type MarkerShape =
  | 'circle'
  | 'square'
  | 'diamond'
  | 'triangle'
  | 'triangle-down'
  | 'cross'
  | 'star'
  | 'ring'
  | 'bar'
  | 'plus'
  | 'hexagon';

export function markerPath(shape: MarkerShape, r: number): string {
  const f = (n: number) => Number(n.toFixed(2));
  switch (shape) {
    case 'circle':
    case 'ring':
      return `M${f(-r)},0a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    case 'square':
      return `M${f(-r * 0.85)},${f(-r * 0.85)}h${f(r * 1.7)}v${f(r * 1.7)}h${f(-r * 1.7)}Z`;
    case 'diamond':
      return `M0,${f(-r * 1.2)}L${f(r)},0L0,${f(r * 1.2)}L${f(-r)},0Z`;
    case 'triangle':
      return `M0,${f(-r * 1.1)}L${f(r)},${f(r * 0.8)}L${f(-r)},${f(r * 0.8)}Z`;
    case 'triangle-down':
      return `M0,${f(r * 1.1)}L${f(r)},${f(-r * 0.8)}L${f(-r)},${f(-r * 0.8)}Z`;
    case 'cross': {
      const w = r * 0.35;
      return `M${f(-r)},${f(-r + w)}L${f(-r + w)},${f(-r)}L0,${f(-w)}L${f(r - w)},${f(-r)}L${f(r)},${f(-r + w)}L${f(w)},0L${f(r)},${f(r - w)}L${f(r - w)},${f(r)}L0,${f(w)}L${f(-r + w)},${f(r)}L${f(-r)},${f(r - w)}L${f(-w)},0Z`;
    }
    case 'plus': {
      const w = r * 0.35;
      return `M${f(-w)},${f(-r)}h${f(2 * w)}v${f(r - w)}h${f(r - w)}v${f(2 * w)}h${f(-(r - w))}v${f(r - w)}h${f(-2 * w)}v${f(-(r - w))}h${f(-(r - w))}v${f(-2 * w)}h${f(r - w)}Z`;
    }
    case 'bar':
      return `M${f(-r * 0.3)},${f(-r * 1.2)}h${f(r * 0.6)}v${f(r * 2.4)}h${f(-r * 0.6)}Z`;
    case 'hexagon': {
      const pts: string[] = [];
      for (let i = 0; i < 6; i++) {
        const a = (Math.PI / 3) * i;
        pts.push(`${f(Math.cos(a) * r)},${f(Math.sin(a) * r)}`);
      }
      return `M${pts.join('L')}Z`;
    }
    case 'star': {
      const pts: string[] = [];
      for (let i = 0; i < 10; i++) {
        const rad = i % 2 === 0 ? r * 1.25 : r * 0.55;
        const a = (Math.PI / 5) * i - Math.PI / 2;
        pts.push(`${f(Math.cos(a) * rad)},${f(Math.sin(a) * rad)}`);
      }
      return `M${pts.join('L')}Z`;
    }
  }
}

/** Markers whose meaning is "hollow" are drawn without fill. */
export function isHollow(shape: MarkerShape): boolean {
  return shape === 'ring';
}
