/** Where defect photos' bytes live; metadata stays in PostgreSQL (defect_photos). Swap the binding for object storage. */
export abstract class PhotoStorage {
  /** Stores the bytes under `key` (a relative path like `<project>/<defect>/<photo>.jpg`); overwrites nothing else. */
  abstract save(key: string, bytes: Buffer, contentType: string): Promise<void>;
  abstract read(key: string): Promise<Buffer>;
  /** Best effort: removes the bytes of a photo whose metadata could not be stored. */
  abstract remove(key: string): Promise<void>;
}
