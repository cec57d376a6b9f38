/** The sizes Office asks for: ribbon 16/32/80, the add-in's icon 32 and 64, store listings 128. */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Point = readonly [x: number, y: number];

const BACKGROUND = [0x1b, 0x5e, 0x7a] as const;
// A check mark, in units of the icon's side: the pane checks the workbook.
const CHECK: readonly (readonly [Point, Point])[] = [
  [
    [0.26, 0.52],
    [0.43, 0.69],
  ],
  [
    [0.43, 0.69],
    [0.75, 0.33],
  ],
];
const STROKE = 0.065;
const CORNER = 0.2;
// Samples per pixel side: smooth edges at 16 pixels.
const SAMPLES = 4;

function inRoundedSquare(x: number, y: number): boolean {
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - CORNER), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - CORNER), 0);
  return dx * dx + dy * dy <= CORNER * CORNER;
}

function distanceToSegment(x: number, y: number, [[ax, ay], [bx, by]]: readonly [Point, Point]): number {
  const [vx, vy] = [bx - ax, by - ay];
  const t = Math.min(1, Math.max(0, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - ax - t * vx, y - ay - t * vy);
}

/** The icon at `size` pixels, as RGBA rows: a white check mark on a blue rounded square. */
export function drawIcon(size: number): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let [square, mark] = [0, 0];
      for (let sy = 0; sy < SAMPLES; sy++)
        for (let sx = 0; sx < SAMPLES; sx++) {
          const [x, y] = [(px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size];
          if (!inRoundedSquare(x, y)) continue;
          square++;
          if (CHECK.some((segment) => distanceToSegment(x, y, segment) <= STROKE)) mark++;
        }
      // Edge pixels blend by coverage: the white mark into the square, the square into transparency.
      const color = BACKGROUND.map((b) => (square === 0 ? 0 : Math.round((b * (square - mark) + 255 * mark) / square)));
      rgba.set([...color, Math.round((255 * square) / SAMPLES ** 2)], (py * size + px) * 4);
    }
  return rgba;
}
