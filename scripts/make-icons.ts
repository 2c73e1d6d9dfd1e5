/**
 * Draws the Teams app icons: color.png (192×192, full colour) and outline.png (32×32, white on
 * transparent), as the Teams manifest requires. Run `npm run icons` after changing the design.
 * The motif: a map pin (a place, never a person) on the kommun-blue background.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { ROOT } from './dev-stack';

type Rgba = [number, number, number, number];

/** Coverage of the map-pin shape at (x, y) in a unit square: circle head with a hole, and a point. */
function pinCoverage(x: number, y: number): boolean {
  const cx = 0.5;
  const cy = 0.4;
  const radius = 0.26;
  const distance = Math.hypot(x - cx, y - cy);
  if (distance <= radius && distance >= radius * 0.42) return true;
  // The point: a triangle from the lower half of the head down to (0.5, 0.9).
  if (y >= cy && y <= 0.9) {
    const halfWidth = radius * 0.97 * ((0.9 - y) / (0.9 - cy));
    return Math.abs(x - cx) <= halfWidth && distance >= radius * 0.42;
  }
  return false;
}

function draw(size: number, background: Rgba | undefined, foreground: Rgba, samples = 4): PNG {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      let covered = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          if (pinCoverage((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size)) covered += 1;
        }
      }
      const alpha = covered / (samples * samples);
      const index = (y * size + x) * 4;
      const base: Rgba = background ?? [foreground[0], foreground[1], foreground[2], 0];
      for (let channel = 0; channel < 3; channel += 1) {
        png.data[index + channel] = Math.round(base[channel] * (1 - alpha) + foreground[channel] * alpha);
      }
      png.data[index + 3] = background ? 255 : Math.round(255 * alpha);
    }
  }
  return png;
}

const folder = join(ROOT, 'appPackage');
writeFileSync(join(folder, 'color.png'), PNG.sync.write(draw(192, [0, 91, 153, 255], [255, 255, 255, 255])));
writeFileSync(join(folder, 'outline.png'), PNG.sync.write(draw(32, undefined, [255, 255, 255, 255])));
process.stdout.write('appPackage/color.png and appPackage/outline.png written\n');
