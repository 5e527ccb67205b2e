import { Module } from '@nestjs/common';
import os from 'node:os';
import path from 'node:path';
import { Environment } from '@handover/config';
import { LocalDiskPhotoStorage } from './local-disk-photo-storage';
import { PhotoStorage } from './photo-storage';

/** PHOTO_STORAGE_DIR, else `photos` under HANDOVER_DATA_DIR, else under the OS temp directory. */
export function photoStorageDirectory(environment: Environment, env: NodeJS.ProcessEnv = process.env): string {
  if (environment.PHOTO_STORAGE_DIR) return path.resolve(environment.PHOTO_STORAGE_DIR);
  return path.resolve(env.HANDOVER_DATA_DIR || path.join(os.tmpdir(), 'handover'), 'photos');
}

@Module({
  providers: [
    {
      provide: PhotoStorage,
      useFactory: (environment: Environment) => new LocalDiskPhotoStorage(photoStorageDirectory(environment)),
      inject: [Environment],
    },
  ],
  exports: [PhotoStorage],
})
export class StorageModule {}
