// One click on "Insert": the filled-in template goes in at the cursor (HTML, or text when the
// message is plain text), the subject is set if the user left it empty, and the draft is marked
// for the send handler. The insert is what the user asked for, so it happens first; a mark
// that cannot be written is reported, not fatal.
import type { TemplatePurpose } from '../../shared/ledger/schema';
import { decodeMark, encodeMark, MARK_KEY, nextMark } from '../logging/draft-mark';
import type { ComposeDraft } from '../mail/types';

export interface TemplateToInsert {
  debtorId: string;
  templateId: string;
  purpose: TemplatePurpose;
  invoiceIds: readonly string[];
  subject: string;
  html: string;
  text: string;
}

export interface InsertOutcome {
  subjectSet: boolean;
  /** Whether the send handler will find the mark (false on clients without session data). */
  marked: boolean;
}

export async function insertTemplate(
  draft: ComposeDraft,
  template: TemplateToInsert,
  deps: { newSendId: () => string; now: () => Date },
): Promise<InsertOutcome> {
  const format = await draft.bodyFormat();
  await draft.insertAtCursor(format === 'html' ? template.html : template.text, format);

  let subjectSet = false;
  if (template.subject.trim() !== '' && (await draft.subject()).trim() === '') {
    await draft.setSubject(template.subject);
    subjectSet = true;
  }

  let marked = false;
  if (draft.keepsSessionData) {
    try {
      const previous = decodeMark(await draft.readSessionValue(MARK_KEY));
      const mark = nextMark(
        previous,
        { debtorId: template.debtorId, templateId: template.templateId, step: template.purpose, invoiceIds: template.invoiceIds },
        deps.newSendId,
        deps.now(),
      );
      await draft.writeSessionValue(MARK_KEY, encodeMark(mark));
      marked = true;
    } catch {
      marked = false;
    }
  }
  return { subjectSet, marked };
}
