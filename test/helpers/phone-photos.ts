import sharp from 'sharp';
import { seededRandom } from './random.ts';

export interface PhonePhoto {
  /** Pixel size as stored; with `orientation` 6 or 8 the photo shows portrait. */
  width?: number;
  height?: number;
  /** EXIF orientation written into the file, as a phone held upright writes 6. */
  orientation?: number;
  quality?: number;
}

/**
 * A JPEG that compresses like a phone's photo: sky and ground gradients, shapes of several
 * colours, and sensor noise over all, at quality 92 (about 4–5 MB at 4000×3000). The shapes are an SVG
 * that libvips draws; the noise is added here (libvips' own Gaussian noise takes seconds at this size).
 */
export async function phonePhoto(seed: number, { width = 4000, height = 3000, orientation, quality = 92 }: PhonePhoto = {}): Promise<Buffer> {
  const random = seededRandom(seed);
  const hue = () => Math.floor(random() * 360);
  const shapes = Array.from({ length: 24 }, () => {
    const x = Math.round(random() * width);
    const y = Math.round(height * 0.3 + random() * height * 0.7);
    const r = Math.round(width * (0.02 + random() * 0.08));
    return random() < 0.5
      ? `<circle cx="${x}" cy="${y}" r="${r}" fill="hsl(${hue()},55%,${30 + Math.round(random() * 40)}%)"/>`
      : `<rect x="${x}" y="${y}" width="${r * 2}" height="${Math.round(r * 3)}" fill="hsl(${hue()},45%,${25 + Math.round(random() * 45)}%)" transform="rotate(${Math.round(random() * 40 - 20)} ${x} ${y})"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue()},60%,75%)"/><stop offset="1" stop-color="hsl(${hue()},40%,90%)"/></linearGradient>
<radialGradient id="ground" cx="0.5" cy="1" r="0.9"><stop offset="0" stop-color="hsl(${hue()},35%,45%)"/><stop offset="1" stop-color="hsl(${hue()},30%,20%)"/></radialGradient></defs>
<rect width="${width}" height="${height}" fill="url(#sky)"/><rect y="${Math.round(height * 0.45)}" width="${width}" height="${height}" fill="url(#ground)"/>${shapes}</svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  // Sensor noise: a grain of its own per pixel and channel, stronger in the shadows as a phone's is.
  let state = (seed * 2654435761) >>> 0 || 1;
  for (let i = 0; i < data.length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const grain = ((state >>> 0) % 41) - 20 + (((state >>> 8) & 0xff) % 21) - 10;
    const v = data[i]!;
    data[i] = Math.max(0, Math.min(255, v + (grain * (1.4 - v / 255)) | 0));
  }
  const image = sharp(data, { raw: { width: info.width, height: info.height, channels: 3 } }).jpeg({ quality });
  return orientation ? image.withMetadata({ orientation }).toBuffer() : image.toBuffer();
}
