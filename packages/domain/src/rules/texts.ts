/**
 * The Party texts (and the law) the engine cites, each with the day it came into force, as data. The implementing
 * regulation, the Secretariat's guide and the Youth Law changed on different days: 24-QĐ/TW was in force from
 * 30/07/2021, but its guide 01-HD/TW only from 28/09/2021, and until then the 2016 guide still applied. So each is
 * its own dated list, and a step is cited to the one of each list in force on its day ({@link textsOn}).
 */
import { compareDates, type IsoDate } from '../date.js';
import type { RuleConfidence } from './types.js';

/** One text as it is cited, from the day it applies until the next one of its list. */
export interface DatedText {
  /** As a citation names it: `Hướng dẫn 01-HD/TW 2016`. */
  name: string;
  /** As a reader knows it, with its date: `Hướng dẫn 01-HD/TW (20/09/2016)`. */
  title: string;
  inForceFrom: IsoDate;
  /** Where the number, date and start day come from. */
  source: string;
  confidence: RuleConfidence;
}

/**
 * The Secretariat's guides on implementing the Charter, oldest first. The engine's first day (25/07/2016) falls
 * before the 2016 guide, under the guide of 2012 to the previous regulation.
 */
export const guides: readonly DatedText[] = [
  {
    name: 'Hướng dẫn 01-HD/TW 2012',
    title: 'Hướng dẫn 01-HD/TW (05/01/2012)',
    inForceFrom: '2012-01-05',
    source: 'the guide to Quy định 45-QĐ/TW (2011), replaced by 01-HD/TW of 20/09/2016; not in rules.md',
    confidence: 'M',
  },
  {
    name: 'Hướng dẫn 01-HD/TW 2016',
    title: 'Hướng dẫn 01-HD/TW (20/09/2016)',
    inForceFrom: '2016-09-20',
    source: 'rules.md §0 and §1 (successor chain of 06-HD/TW)',
    confidence: 'H',
  },
  {
    name: 'Hướng dẫn 01-HD/TW 2021',
    title: 'Hướng dẫn 01-HD/TW (28/09/2021)',
    inForceFrom: '2021-09-28',
    source: 'rules.md §0 and §1',
    confidence: 'H',
  },
  {
    name: 'Hướng dẫn 06-HD/TW 2025',
    title: 'Hướng dẫn 06-HD/TW (09/06/2025)',
    inForceFrom: '2025-06-09',
    source: 'rules.md §0 (Ban Bí thư, 09/06/2025)',
    confidence: 'H',
  },
];

/** The Youth Law, whose Article 1 sets the youth age of E-13 (16 to 30). */
export const youthLaws: readonly DatedText[] = [
  {
    name: 'Luật Thanh niên 2005',
    title: 'Luật Thanh niên 2005',
    inForceFrom: '2006-07-01',
    source: 'Luật Thanh niên số 53/2005/QH11, in force 01/07/2006',
    confidence: 'M',
  },
  {
    name: 'Luật Thanh niên 2020',
    title: 'Luật Thanh niên 2020',
    inForceFrom: '2021-01-01',
    source: 'Luật Thanh niên số 57/2020/QH14, in force 01/01/2021',
    confidence: 'M',
  },
];

/** The text of `list` in force on `date`: the latest whose start is on or before it; `undefined` before the first. */
export function inForceOn<T extends { inForceFrom: IsoDate }>(
  list: readonly T[],
  date: IsoDate,
): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) {
    const text = list[i];
    if (text && compareDates(text.inForceFrom, date) <= 0) return text;
  }
  return undefined;
}
