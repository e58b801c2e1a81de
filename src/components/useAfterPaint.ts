import { startTransition, useEffect, useState } from "react";

/**
 * `value`, but changed only once the frame that shows its change elsewhere has been painted
 * (the next animation frame, then a task after it). A newer value cancels one still waiting, so
 * quick successive changes (typing) are applied once typing leaves a frame free.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    let channel: MessageChannel | null = null;
    const frame = requestAnimationFrame(() => {
      // A message posted from a frame's callback is handled once that frame is rendered; the
      // update is then a transition, which a keystroke interrupts.
      channel = new MessageChannel();
      channel.port1.onmessage = () => startTransition(() => setShown(value));
      channel.port2.postMessage(null);
    });
    return () => {
      cancelAnimationFrame(frame);
      channel?.port1.close();
    };
  }, [value, shown]);
  return shown;
}
