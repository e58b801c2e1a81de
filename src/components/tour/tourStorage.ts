// Whether the guided tour offer was dismissed, kept on this device. Reading window.localStorage
// itself may throw (storage blocked, sandboxed frame): then the choice lasts for the page's life.
const KEY = "dgos-visite-guidee";
let memory = false;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function tourDismissed(): boolean {
  if (memory) return true;
  try {
    return storage()?.getItem(KEY) === "vue";
  } catch {
    return false;
  }
}

export function dismissTour(): void {
  memory = true;
  try {
    storage()?.setItem(KEY, "vue");
  } catch {
    // Blocked or full: the in-memory flag still hides the offer until the page is reloaded.
  }
}

/** For tests: forget the in-memory flag. */
export function resetTourMemory(): void {
  memory = false;
}
