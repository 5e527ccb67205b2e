import { forwardRef, useEffect, useImperativeHandle, useRef, type PointerEvent } from 'react';

/** What the signing screen asks of the pad: the drawing as a PNG data URL (null while empty), and a fresh start. */
export interface SignaturePadHandle {
  png(): string | null;
  clear(): void;
}

interface SignaturePadProps {
  label: string;
  /** told when the pad turns from empty to signed and back */
  onInk: (hasInk: boolean) => void;
}

const HEIGHT_CSS_PX = 180;
/** A sharper line than 1:1 on a phone, but not a 3× PNG: the API takes ≤ 256 KB. */
const MAX_PIXEL_RATIO = 2;

/**
 * 手写签名板: a canvas the owner signs on with a finger (pointer events, so a stylus or a mouse work too). The page does
 * not scroll under the finger (touch-action: none). The PNG has a transparent background, as the PDF draws it.
 */
export const SignaturePad = forwardRef<SignaturePadHandle, SignaturePadProps>(function SignaturePad(
  { label, onInk },
  ref,
) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const inked = useRef(false);

  const context = () => canvas.current?.getContext('2d') ?? null;

  useEffect(() => {
    const element = canvas.current;
    const ctx = context();
    if (!element || !ctx) return;
    const ratio = Math.min(globalThis.devicePixelRatio || 1, MAX_PIXEL_RATIO);
    element.width = Math.round(element.clientWidth * ratio) || 320 * ratio;
    element.height = HEIGHT_CSS_PX * ratio;
    ctx.scale(ratio, ratio);
    ctx.lineWidth = 2.5;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#111';
  }, []);

  const point = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  };

  function start(event: PointerEvent<HTMLCanvasElement>) {
    const ctx = context();
    if (!ctx) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    drawing.current = true;
    const { x, y } = point(event);
    ctx.beginPath();
    ctx.moveTo(x, y);
    // a dot for a tap, so a single touch leaves ink
    ctx.lineTo(x + 0.1, y + 0.1);
    ctx.stroke();
    if (!inked.current) {
      inked.current = true;
      onInk(true);
    }
  }

  function move(event: PointerEvent<HTMLCanvasElement>) {
    const ctx = context();
    if (!drawing.current || !ctx) return;
    const { x, y } = point(event);
    ctx.lineTo(x, y);
    ctx.stroke();
  }

  const stop = () => {
    drawing.current = false;
  };

  useImperativeHandle(ref, () => ({
    png: () => (inked.current && canvas.current ? canvas.current.toDataURL('image/png') : null),
    clear: () => {
      const element = canvas.current;
      const ctx = context();
      if (element && ctx) {
        ctx.save();
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.clearRect(0, 0, element.width, element.height);
        ctx.restore();
      }
      if (inked.current) {
        inked.current = false;
        onInk(false);
      }
    },
  }));

  return (
    <canvas
      ref={canvas}
      className="signature-pad"
      role="img"
      aria-label={label}
      data-testid="signature-pad"
      style={{ height: HEIGHT_CSS_PX }}
      onPointerDown={start}
      onPointerMove={move}
      onPointerUp={stop}
      onPointerCancel={stop}
      onPointerLeave={stop}
    />
  );
});
