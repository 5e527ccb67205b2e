import { useEffect, useState } from 'react';

interface OwnerPhotoProps {
  /** the photo's bytes with the owner session (an <img> cannot send the token); keep its identity (useCallback) */
  read: () => Promise<Blob>;
  className: string;
}

/** A photo read into an object URL, released when it leaves the screen; an empty frame until (or unless) it is read. */
export function OwnerPhoto({ read, className }: OwnerPhotoProps) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    let objectUrl: string | null = null;
    read().then(
      (blob) => {
        if (!current) return;
        objectUrl = URL.createObjectURL(blob);
        setUrl(objectUrl);
      },
      () => undefined,
    );
    return () => {
      current = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [read]);
  return url ? <img className={className} src={url} alt="" /> : <span className={className} />;
}

interface PhotoInputProps {
  label: string;
  /** the label's class: a form field unless told otherwise */
  className?: string;
  multiple?: boolean;
  onChange: (files: File[]) => void;
}

/** Take a photo with the phone's back camera, or choose one (or several) from the album. */
export function PhotoInput({ label, className = 'field', multiple = false, onChange }: PhotoInputProps) {
  return (
    <label className={className}>
      <span>{label}</span>
      <input
        type="file"
        accept="image/*"
        capture="environment"
        multiple={multiple}
        onChange={(event) => onChange(Array.from(event.target.files ?? []))}
      />
    </label>
  );
}
