import { HttpStatus } from '@nestjs/common';
import sharp, { type Sharp } from 'sharp';
import type { PhotoContentType } from '@handover/database';
import { ApiError } from '../common/api-error';

/** The largest photo accepted, in bytes (5 MB), before and after normalising. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

/** The most pixels a photo may have (50 megapixels: a full-resolution 50 MP phone photo, not a decompression bomb). */
export const MAX_PHOTO_PIXELS = 50_000_000;

/** The size limit as the refusals state it. */
const LIMIT_TEXT = '5 MB';

export const PHOTO_EXTENSIONS: Record<PhotoContentType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};

const SHARP_FORMAT: Record<PhotoContentType, string> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
};

/** The image type the bytes really are, from their magic numbers; null for anything else. */
export function sniffImageType(bytes: Buffer): PhotoContentType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP')
    return 'image/webp';
  return null;
}

/** A photo as it is stored and served: freshly encoded pixels, upright, no metadata. */
export interface NormalisedPhoto {
  contentType: PhotoContentType;
  bytes: Buffer;
  width: number;
  height: number;
}

export const photoNotAnImage = () => new ApiError(HttpStatus.BAD_REQUEST, 'PHOTO_NOT_AN_IMAGE');
export const photoTooLarge = () => new ApiError(HttpStatus.PAYLOAD_TOO_LARGE, 'PHOTO_TOO_LARGE', { limit: LIMIT_TEXT });
const photoTooManyPixels = () =>
  new ApiError(HttpStatus.BAD_REQUEST, 'PHOTO_TOO_MANY_PIXELS', { megapixels: MAX_PHOTO_PIXELS / 1_000_000 });

/** What a decoder error means to the uploader: too many pixels, else not a readable image of its kind. */
function refusalOf(error: unknown): never {
  if (error instanceof Error && /exceeds pixel limit/i.test(error.message)) throw photoTooManyPixels();
  throw photoNotAnImage();
}

/**
 * Decoder settings for untrusted bytes: a truncated or undecodable image aborts ('error'; 'warning' would also refuse
 * the harmless libjpeg warnings some cameras' files raise, and the pixels are re-encoded anyway), at most
 * MAX_PHOTO_PIXELS, only the first frame of an animation, upright by the EXIF orientation.
 */
const DECODE = { failOn: 'error', limitInputPixels: MAX_PHOTO_PIXELS, pages: 1, autoOrient: true } as const;

/** Re-encodes in the photo's own format: JPEG stays lossy at a quality fit for defect evidence, PNG stays lossless. */
function encode(pipeline: Sharp, contentType: PhotoContentType): Sharp {
  if (contentType === 'image/jpeg') return pipeline.jpeg({ quality: 85 });
  if (contentType === 'image/png') return pipeline.png();
  return pipeline.webp({ quality: 85 });
}

/**
 * Decodes an uploaded photo and returns a normalised copy to store instead of the upload: only bytes that start like
 * a JPEG, PNG or WebP and fully decode as that same format are accepted (never SVG, PDF, GIF, HEIC, …); the pixels
 * are rotated upright by the EXIF orientation and encoded afresh in the same format, so nothing of the upload but
 * its pixels survives: no EXIF (the GPS position of an owner's home), XMP, IPTC, comments or trailing bytes; colours
 * are converted to sRGB and no ICC profile is kept.
 */
export async function normalisePhoto(input: Buffer): Promise<NormalisedPhoto> {
  if (input.length > MAX_PHOTO_BYTES) throw photoTooLarge();
  // Only the three formats' signatures ever reach the decoder, which also reads SVG, GIF, TIFF, HEIF and more.
  const contentType = sniffImageType(input);
  if (!contentType) throw photoNotAnImage();
  // The header first: the format must be the one the signature promised, the size within limits before any decoding.
  const metadata = await sharp(input, DECODE).metadata().catch(refusalOf);
  if (metadata.format !== SHARP_FORMAT[contentType]) throw photoNotAnImage();
  const { data, info } = await encode(sharp(input, DECODE), contentType)
    .timeout({ seconds: 30 })
    .toBuffer({ resolveWithObject: true })
    .catch(refusalOf);
  // A PNG encoded more tightly than libpng does can grow a little; the stored copy keeps the same limit.
  if (data.length > MAX_PHOTO_BYTES) throw photoTooLarge();
  return { contentType, bytes: data, width: info.width, height: info.height };
}
