import { describe, expect, it } from 'vitest';
import { nextIndex, presenterCommand } from './presenter-keys.ts';

const body = { tagName: 'BODY' };

describe('presenter keys', () => {
  it('arrows, page keys and space move; Esc leaves; N toggles notes', () => {
    expect(presenterCommand('ArrowRight', body)).toBe('next');
    expect(presenterCommand(' ', body)).toBe('next');
    expect(presenterCommand('PageDown', body)).toBe('next');
    expect(presenterCommand('ArrowLeft', body)).toBe('previous');
    expect(presenterCommand('Escape', body)).toBe('exit');
    expect(presenterCommand('n', body)).toBe('notes');
  });
  it('up and down scroll a long slide; page keys (what clickers send) still change slides', () => {
    expect(presenterCommand('ArrowDown', body)).toBe('scroll-down');
    expect(presenterCommand('ArrowUp', body)).toBe('scroll-up');
    expect(presenterCommand('PageUp', body)).toBe('previous');
  });
  it('space on a button activates the button instead of advancing', () => {
    expect(presenterCommand(' ', { tagName: 'BUTTON' })).toBeNull();
    expect(presenterCommand('ArrowRight', { tagName: 'BUTTON' })).toBe('next');
  });
  it('typing in a field is left alone, except Esc', () => {
    expect(presenterCommand('ArrowRight', { tagName: 'INPUT' })).toBeNull();
    expect(presenterCommand('n', { tagName: 'TEXTAREA' })).toBeNull();
    expect(presenterCommand('Escape', { tagName: 'INPUT' })).toBe('exit');
  });
  it('modified keys are the browser’s', () => {
    expect(presenterCommand('ArrowLeft', body, { alt: true })).toBeNull();
  });
  it('moves are clamped to the deck', () => {
    expect(nextIndex(2, 3, 'next')).toBe(2);
    expect(nextIndex(0, 3, 'previous')).toBe(0);
    expect(nextIndex(1, 3, 'last')).toBe(2);
    expect(nextIndex(2, 3, 'first')).toBe(0);
    expect(nextIndex(0, 0, 'next')).toBe(0);
  });
});
