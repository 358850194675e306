/** Whether a chart runs right to left: its words' language is written so (`src/explainer/core/i18n/direction.ts`). */
import { directionOf } from '../i18n/direction.ts';
import type { Drawing } from './types.ts';

export const isRtl = (drawing: Pick<Drawing, 'locale'>): boolean => directionOf(drawing.locale) === 'rtl';
