import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { MAX_PHOTO_BYTES, photoTooLarge } from '../storage/photo-content';
import { MAX_OWNER_PHOTOS } from '../defects/defects.service';

// One more file than allowed reaches the service, which refuses it with its coded answer.
const MultipartPhotos = FilesInterceptor('photos', MAX_OWNER_PHOTOS + 1, {
  limits: { fileSize: MAX_PHOTO_BYTES, files: MAX_OWNER_PHOTOS + 1 },
});

/** The owner's photos of a multipart request (field "photos"), each at most MAX_PHOTO_BYTES (else PHOTO_TOO_LARGE). */
@Injectable()
export class OwnerPhotosInterceptor implements NestInterceptor {
  private readonly multipart: NestInterceptor = new MultipartPhotos();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multipart.intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException) throw photoTooLarge();
      throw error;
    }
  }
}
