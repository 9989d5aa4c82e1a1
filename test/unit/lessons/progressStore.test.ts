/**
 * Progress as the app keeps it (src/app/lessonProgress.ts, lessonResume.ts): saved and read back, a corrupt save
 * moved aside and kept (never overwritten), a full storage reported, and the loose reader the home page uses.
 */
import { describe, expect, it } from 'vitest';
import { progressKey, readProgress, saveProgress } from '../../../src/app/lessonProgress';
import { LAST_KEY, lastLesson, RESUME_VERSION } from '../../../src/app/lessonResume';
import { PROGRESS_VERSION, type Progress } from '../../../src/lessons/progress';

class MemoryStorage implements Storage {
  data = new Map<string, string>();
  full = false;
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
  setItem(k: string, v: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(k, v);
  }
}

const progress: Progress = {
  version: PROGRESS_VERSION,
  lesson: 'stake-at-risk',
  step: 2,
  completed: ['what-an-attack-would-pay', 'put-more-stake-at-risk'],
  answers: { 'what-an-attack-would-pay': 'safe' },
  finished: false,
};
const about = { title: 'Why Proof of Stake needs stake at risk', steps: 4 };

describe('lesson progress in storage', () => {
  it('the home reader and the schema agree on the version', () => {
    expect(RESUME_VERSION).toBe(PROGRESS_VERSION);
  });

  it('is saved and read back, and resumes where the learner was', () => {
    const store = new MemoryStorage();
    expect(saveProgress(progress, about, store)).toBeNull();
    expect(readProgress('stake-at-risk', undefined, store)).toEqual({ kind: 'ok', progress });
    expect(lastLesson(store)).toEqual({ lesson: 'stake-at-risk', ...about, progress });
  });

  it('a corrupt save is moved aside and kept, and a second one does not overwrite the first', () => {
    const store = new MemoryStorage();
    const key = progressKey('stake-at-risk');
    store.setItem(key, '{"version": 1, "lesson": "stake-at-risk", "step": -1');
    const first = readProgress('stake-at-risk', undefined, store);
    expect(first).toMatchObject({ kind: 'corrupt', movedTo: `${key}:corrupt:1` });
    expect(store.getItem(`${key}:corrupt:1`)).toBe('{"version": 1, "lesson": "stake-at-risk", "step": -1');
    expect(store.getItem(key)).toBeNull();

    store.setItem(key, JSON.stringify({ ...progress, step: -3 }));
    const second = readProgress('stake-at-risk', undefined, store);
    expect(second).toMatchObject({ kind: 'corrupt', movedTo: `${key}:corrupt:2` });
    expect(second.kind === 'corrupt' && second.error).toMatch(/^\$\.step: /);
    expect(store.getItem(`${key}:corrupt:1`)).toContain('"step": -1');
    expect(readProgress('stake-at-risk', undefined, store)).toEqual({ kind: 'none' });
  });

  it('a full storage is reported, and the saved progress is left as it was', () => {
    const store = new MemoryStorage();
    saveProgress(progress, about, store);
    store.full = true;
    expect(saveProgress({ ...progress, step: 3 }, about, store)).toMatch(/full/);
    expect(readProgress('stake-at-risk', undefined, store)).toEqual({ kind: 'ok', progress });
  });

  it('the home page ignores an unreadable or finished lesson', () => {
    const store = new MemoryStorage();
    store.setItem(LAST_KEY, 'not json');
    expect(lastLesson(store)).toBeNull();
    saveProgress({ ...progress, finished: true }, about, store);
    expect(lastLesson(store)).toBeNull();
  });
});
