// Main-thread self time by trace event name, from a Chromium trace (devtools.timeline categories).

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown>; beginData?: Record<string, unknown>; fileName?: string; url?: string };
}

/** Self time (ms) by event name on the renderer's main thread (CrRendererMain with the most events). */
export function selfByName(events: TraceEvent[]): Map<string, number> {
  const mains = new Set(events.filter((e) => e.ph === "M" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
  const count = new Map<string, number>();
  for (const e of events) if (mains.has(`${e.pid}:${e.tid}`)) count.set(`${e.pid}:${e.tid}`, (count.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const main = [...count].sort((a, b) => b[1] - a[1])[0]?.[0];
  const list = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === "X" && e.dur !== undefined).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: { end: number; name: string; self: number }[] = [];
  const pop = (until: number) => {
    while (stack.length && (stack[stack.length - 1] as { end: number }).end <= until) {
      const done = stack.pop() as { name: string; self: number };
      self.set(done.name, (self.get(done.name) ?? 0) + done.self / 1000);
    }
  };
  for (const e of list) {
    pop(e.ts);
    const parent = stack[stack.length - 1];
    if (parent) parent.self -= e.dur as number;
    stack.push({ end: e.ts + (e.dur as number), name: e.name, self: e.dur as number });
  }
  pop(Infinity);
  return self;
}

