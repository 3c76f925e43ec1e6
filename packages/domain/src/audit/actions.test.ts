import { describe, expect, it } from 'vitest';
import { pipelineEventKinds } from '../pipeline/events.js';
import { auditActionLabel, auditActionLabels } from './actions.js';

describe('the words of the audit actions', () => {
  it('has words for every recorded step, in Vietnamese and English', () => {
    for (const kind of pipelineEventKinds) {
      const label = auditActionLabel(`candidate.${kind}`);
      expect(label.vi).toMatch(/^Ghi bước: /);
      expect(label.en).not.toBe(`candidate.${kind}`);
    }
    expect(auditActionLabel('candidate.admission-decision')).toEqual({
      vi: 'Ghi bước: Quyết định kết nạp',
      en: 'Recorded: Admission decision',
    });
  });

  it('speaks to people: no label is its own code, none is empty', () => {
    for (const [action, label] of Object.entries(auditActionLabels)) {
      expect(label.vi.length).toBeGreaterThan(0);
      expect(label.en.length).toBeGreaterThan(0);
      expect(label.vi).not.toBe(action);
    }
    expect(auditActionLabel('auth.login').vi).toBe('Đăng nhập');
  });

  it('shows an action it has no words for by its code (an older entry is never rewritten)', () => {
    expect(auditActionLabel('legacy.thing')).toEqual({ vi: 'legacy.thing', en: 'legacy.thing' });
  });
});
