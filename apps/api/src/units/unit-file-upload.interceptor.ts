import {
  BadRequestException,
  type CallHandler,
  type ExecutionContext,
  HttpStatus,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { ApiError } from '../common/api-error';

/** The same limit as the text/csv import: a 20,000-row list is about 2 MB as CSV and less as .xlsx. */
export const MAX_UNIT_FILE_BYTES = 10 * 1024 * 1024;

/** The unit list as multer hands it over (memory storage). */
export interface UploadedUnitFile {
  originalname: string;
  size: number;
  buffer: Buffer;
}

const MultipartUnitFile = FileInterceptor('file', { limits: { fileSize: MAX_UNIT_FILE_BYTES, files: 1 } });

/**
 * Reads the one file of a multipart upload (field "file") into memory, at most MAX_UNIT_FILE_BYTES: a larger file is
 * refused with the coded UNIT_FILE_TOO_LARGE (413), a malformed upload or a second file with UNIT_FILE_UPLOAD_INVALID
 * (400), instead of multer's bare English sentences.
 */
@Injectable()
export class UnitFileUploadInterceptor implements NestInterceptor {
  private readonly multipart: NestInterceptor = new MultipartUnitFile();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multipart.intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException) {
        throw new ApiError(HttpStatus.PAYLOAD_TOO_LARGE, 'UNIT_FILE_TOO_LARGE', { limit: '10 MB' });
      }
      if (error instanceof BadRequestException) throw new ApiError(HttpStatus.BAD_REQUEST, 'UNIT_FILE_UPLOAD_INVALID');
      throw error;
    }
  }
}
