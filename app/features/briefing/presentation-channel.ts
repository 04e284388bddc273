import { z } from 'zod';
import { slideSchema } from '../../briefing/deck.ts';

/**
 * How the audience window and the presenter window talk: a BroadcastChannel (same browser, same origin, no
 * server, works offline). The audience window holds the presentation; the presenter window sends it commands
 * and shows what it reports. Either may reload: the presenter window asks again ("hello"), the audience window
 * resumes from its session and reports its state. Messages are validated like any other input.
 */
export const CHANNEL_NAME = 'tsd-presentation';
/** The name the presenter window is opened with; it survives a reload of that window. */
export const PRESENTER_WINDOW_NAME = 'tsd-presenter-view';

const position = z.object({ index: z.number().int().min(0), step: z.number().int().min(0) });

export const presentationStateSchema = z.object({
  slides: z.array(slideSchema).max(60),
  position,
  highlight: z.string().max(300).nullable(),
  /** When the presentation started (ms since the epoch), for the elapsed timer. */
  startedAt: z.number(),
});
export type PresentationState = z.infer<typeof presentationStateSchema>;

export const commandSchema = z.enum([
  'next',
  'previous',
  'first',
  'last',
  'highlight-next',
  'highlight-previous',
  'highlight-clear',
  'reset-timer',
]);
export type ChannelCommand = z.infer<typeof commandSchema>;

export const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello') }),
  z.object({ type: z.literal('state'), state: presentationStateSchema }),
  z.object({ type: z.literal('command'), command: commandSchema }),
  z.object({ type: z.literal('highlight'), label: z.string().max(300).nullable() }),
  z.object({ type: z.literal('ended') }),
]);
export type ChannelMessage = z.infer<typeof messageSchema>;

/** Opens the channel; unreadable messages are ignored. Returns send and close (no-ops without BroadcastChannel). */
export function openChannel(onMessage: (m: ChannelMessage) => void): {
  send: (m: ChannelMessage) => void;
  close: () => void;
} {
  if (typeof BroadcastChannel === 'undefined') return { send: () => {}, close: () => {} };
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (e: MessageEvent) => {
    const parsed = messageSchema.safeParse(e.data);
    if (parsed.success) onMessage(parsed.data);
  };
  return { send: (m) => channel.postMessage(m), close: () => channel.close() };
}

/** True in the window opened as the presenter view. */
export function isPresenterWindow(): boolean {
  return typeof window !== 'undefined' && window.name === PRESENTER_WINDOW_NAME;
}

// --- The audience window's session, so a reload resumes the presentation --------------------------------

export const SESSION_KEY = 'tsd-presenting';

const sessionSchema = z.object({
  position,
  startedAt: z.number(),
  /** The state to return to when the presentation ends (the view the user was on). */
  returnQuery: z.string().max(20000),
});
export type PresentingSession = z.infer<typeof sessionSchema>;

export function readSession(): PresentingSession | null {
  try {
    const raw = sessionStorage.getItem(SESSION_KEY);
    if (!raw) return null;
    const parsed = sessionSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeSession(s: PresentingSession | null): void {
  try {
    if (s) sessionStorage.setItem(SESSION_KEY, JSON.stringify(s));
    else sessionStorage.removeItem(SESSION_KEY);
  } catch {
    // Storage disabled: a reload then ends the presentation, nothing else is lost.
  }
}
