import { describe, expect, it } from 'vitest';
import { presenterCommand } from './presenter-keys.ts';

const body = { tagName: 'BODY' };

describe('presenter keys', () => {
  it('arrows, page keys (what clickers send) and space move; Esc leaves; N toggles notes', () => {
    expect(presenterCommand('ArrowRight', body)).toBe('next');
    expect(presenterCommand('ArrowDown', body)).toBe('next');
    expect(presenterCommand(' ', body)).toBe('next');
    expect(presenterCommand('PageDown', body)).toBe('next');
    expect(presenterCommand('ArrowLeft', body)).toBe('previous');
    expect(presenterCommand('PageUp', body)).toBe('previous');
    expect(presenterCommand('Escape', body)).toBe('exit');
    expect(presenterCommand('n', body)).toBe('notes');
  });
  it('H highlights the next mark, Shift+H the one before, X clears', () => {
    expect(presenterCommand('h', body)).toBe('highlight-next');
    expect(presenterCommand('H', body, { shift: true })).toBe('highlight-previous');
    expect(presenterCommand('x', body)).toBe('highlight-clear');
  });
  it('space on a button activates the button instead of advancing', () => {
    expect(presenterCommand(' ', { tagName: 'BUTTON' })).toBeNull();
    expect(presenterCommand('ArrowRight', { tagName: 'BUTTON' })).toBe('next');
  });
  it('typing in a field is left alone, except Esc', () => {
    expect(presenterCommand('ArrowRight', { tagName: 'INPUT' })).toBeNull();
    expect(presenterCommand('n', { tagName: 'TEXTAREA' })).toBeNull();
    expect(presenterCommand('h', { tagName: 'TEXTAREA' })).toBeNull();
    expect(presenterCommand('Escape', { tagName: 'INPUT' })).toBe('exit');
  });
  it('modified keys are the browser’s', () => {
    expect(presenterCommand('ArrowLeft', body, { alt: true })).toBeNull();
  });
});
