import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PhotoStorage } from './photo-storage';

const SAFE_KEY = /^[0-9a-zA-Z-]+(\/[0-9a-zA-Z-]+)*\.(jpg|png|webp)$/;

/** Photos as files under one directory (PHOTO_STORAGE_DIR); keys are checked so nothing escapes it. */
export class LocalDiskPhotoStorage extends PhotoStorage {
  constructor(readonly directory: string) {
    super();
  }

  async save(key: string, bytes: Buffer): Promise<void> {
    const file = this.fileOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes, { flag: 'wx' });
  }

  read(key: string): Promise<Buffer> {
    return readFile(this.fileOf(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.fileOf(key), { force: true });
  }

  private fileOf(key: string): string {
    if (!SAFE_KEY.test(key)) throw new Error(`Unsafe photo storage key: ${key}`);
    return path.join(this.directory, ...key.split('/'));
  }
}
