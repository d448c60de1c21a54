/** The words of one built-in template, before it becomes a Template record. */
export interface BuiltinText {
  name: string;
  subject: string;
  body: string;
}
