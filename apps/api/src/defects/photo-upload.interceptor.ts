import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { MAX_PHOTO_BYTES, photoTooLarge } from '../storage/photo-content';

const MultipartPhoto = FileInterceptor('file', { limits: { fileSize: MAX_PHOTO_BYTES, files: 1 } });

/**
 * Reads the one photo of a multipart upload (field "file") into memory, at most MAX_PHOTO_BYTES: a larger file is
 * refused with the coded PHOTO_TOO_LARGE (413) instead of multer's bare "File too large".
 */
@Injectable()
export class PhotoUploadInterceptor implements NestInterceptor {
  private readonly multipart: NestInterceptor = new MultipartPhoto();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multipart.intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException) throw photoTooLarge();
      throw error;
    }
  }
}
