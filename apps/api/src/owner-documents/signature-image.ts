import { HttpStatus } from '@nestjs/common';
import sharp from 'sharp';
import { ApiError } from '../common/api-error';

/** The largest signature image accepted, decoded. */
export const SIGNATURE_MAX_BYTES = 256 * 1024;
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The signature as PNG bytes, from a data URL (data:image/png;base64,…) or bare base64: the PNG signature checked,
 * the size limited, and the image decoded by sharp (a truncated or corrupt PNG is refused, as is one larger than
 * 2000×1000 px). Anything else is the same 400.
 */
export async function decodeSignaturePng(text: string): Promise<Buffer> {
  const refuse = () =>
    new ApiError(HttpStatus.BAD_REQUEST, 'OWNER_SIGNATURE_BAD_IMAGE', { maxKb: SIGNATURE_MAX_BYTES / 1024 });
  const base64 = text.startsWith('data:') ? /^data:image\/png;base64,(.*)$/s.exec(text)?.[1] : text;
  if (base64 === undefined || !/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) throw refuse();
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > SIGNATURE_MAX_BYTES || bytes.length < PNG_MAGIC.length) throw refuse();
  if (!bytes.subarray(0, PNG_MAGIC.length).equals(PNG_MAGIC)) throw refuse();
  try {
    const { info } = await sharp(bytes, { failOn: 'error' }).raw().toBuffer({ resolveWithObject: true });
    if (info.width > 2000 || info.height > 1000) throw refuse();
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw refuse();
  }
  return bytes;
}
