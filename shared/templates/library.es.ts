// The built-in Spanish templates: polite, direct, addressed with "usted". Friendly steps carry
// no threats; from the firm step on there is a concrete deadline; from the formal step on the
// consequences are stated calmly, as consequences. Every factual clause is either always true or
// chosen by a fact of the ledger (dueState, remindersSent, promiseOpen, planOpen, ...): "vence
// hoy" only on the due day, "a pesar de nuestros recordatorios" only after a reminder.
import type { TemplatePurpose } from '../ledger/schema';
import type { BuiltinText } from './builtin-text';

const INVOICES = '{invoiceCount, plural, one {la factura {invoiceNumbers}} other {las facturas {invoiceNumbers}}}';
const DAYS_LATE = '{daysLate, plural, one {# día} other {# días}}';
/** The invoice that sets the dates: the only one, or the oldest of several (the list gives each one's own). */
const THE_INVOICE = '{invoiceCount, plural, one {la factura {invoiceNumbers}} other {la primera de las facturas {invoiceNumbers}}}';
const THE_INVOICE_CAP = '{invoiceCount, plural, one {La factura {invoiceNumbers}} other {La primera de las facturas {invoiceNumbers}}}';
/** Where that invoice stands against its due date, true on every day: "vence el", "vence hoy", "venció el ..., hace". */
const DUE_CLAUSE = `{dueState, select,
  upcoming {vence el {oldestDueDate}}
  today {vence hoy, {today}}
  other {venció el {oldestDueDate}, hace ${DAYS_LATE}}}`;
/** "la factura" / "la más antigua", to say which one a date or a delay belongs to. */
const THE_OLDEST = '{invoiceCount, plural, one {la factura} other {la más antigua}}';
const REMAIN_UNPAID = '{invoiceCount, plural, one {la factura {invoiceNumbers} sigue} other {las facturas {invoiceNumbers} siguen}} sin pagarse';
/** Contact details for questions: always a reply, the phone only when Settings has one. */
const CONTACT = 'Para cualquier duda, puede responder a este correo{hasBusinessPhone, select, yes { o llamarnos al {businessPhone}} other {}}.';
const CLOSING = 'Un cordial saludo,\n{signature}';
const FORMAL_CLOSING = 'Atentamente,\n{signature}';
/** The addressee of a formal letter, naming the company once when there is no contact person. */
const ATTENTION = 'A la atención de {hasContactPerson, select, yes {{contactName} ({debtorName})} other {{debtorName}}}:';

export const LIBRARY_ES: Record<TemplatePurpose, BuiltinText> = {
  courtesy: {
    name: 'Recordatorio de cortesía (antes del vencimiento)',
    subject: `Recordatorio: ${THE_INVOICE} ${DUE_CLAUSE}`,
    body: `Buenos días, {contactName}:

Le escribimos solo para recordarle que ${THE_INVOICE} ${DUE_CLAUSE}. El importe pendiente es de {totalOwed}.

Este es el detalle:
{invoiceList}

Puede realizar el pago por cualquiera de estas vías:
{paymentMethods}

Si ya lo tiene programado, no necesita hacer nada más. ${CONTACT}

Gracias por su confianza.

${CLOSING}`,
  },

  due: {
    name: 'Aviso el día del vencimiento',
    subject: `{dueState, select,
  today {${THE_INVOICE_CAP} vence hoy}
  other {Recordatorio de pago: {invoiceCount, plural, one {factura} other {facturas}} {invoiceNumbers}}}`,
    body: `Buenos días, {contactName}:

{dueState, select,
  upcoming {Le recordamos que el {oldestDueDate} vence ${THE_INVOICE}, con un importe pendiente total de {totalOwed}.}
  today {Le recordamos que hoy, {today}, vence ${THE_INVOICE}, con un importe pendiente total de {totalOwed}.}
  other {Le recordamos que ${THE_INVOICE} venció el {oldestDueDate}, hace ${DAYS_LATE}, y que quedan pendientes {totalOwed}.}}

{invoiceList}

Si ya ha realizado el pago, muchas gracias y no tenga en cuenta este mensaje. Si todavía no, puede hacerlo por cualquiera de estas vías:
{paymentMethods}

Si hubiera algún problema con la factura, indíquenoslo respondiendo a este correo{hasBusinessPhone, select, yes { o llamando al {businessPhone}} other {}} y lo revisaremos enseguida.

Gracias por su atención.

${CLOSING}`,
  },

  overdue: {
    name: 'Recordatorio de factura vencida',
    subject: `Factura vencida: {invoiceNumbers} (${DAYS_LATE} de retraso)`,
    body: `Buenos días, {contactName}:

Según nuestros registros, ${THE_INVOICE} venció el {oldestDueDate}, hace ${DAYS_LATE}, y a día de hoy quedan pendientes {totalOwed}.{remindersSent, plural, =0 {} one { Ya le enviamos un recordatorio al respecto.} other { Ya le hemos enviado # recordatorios al respecto.}}

Le enviamos de nuevo el detalle, marcado como vencido:
{invoiceList}

Seguramente se trate de un descuido. Le agradeceríamos que realizara el pago en los próximos días por cualquiera de estas vías:
{paymentMethods}

Si ya lo ha pagado, le rogamos que nos envíe el justificante para poder identificarlo. Y si le resulta difícil pagar el importe completo ahora, cuéntenoslo: podemos acordar una nueva fecha o repartir el pago en plazos.

${CONTACT}

Gracias de antemano.

${CLOSING}`,
  },

  call: {
    name: 'Petición de una llamada',
    subject: '¿Podemos hablar de {invoiceCount, plural, one {la factura} other {las facturas}} {invoiceNumbers}?',
    body: `Buenos días, {contactName}:

${THE_INVOICE_CAP} venció el {oldestDueDate}, hace ${DAYS_LATE}, y a día de hoy quedan pendientes {totalOwed}.{remindersSent, plural, =0 {} one { Ya le enviamos un recordatorio al respecto.} other { Ya le hemos enviado # recordatorios al respecto.}}

{invoiceList}

Nos gustaría hablarlo con usted por teléfono, para conocer su situación y acordar juntos cómo resolverlo: de una vez, en una nueva fecha o a plazos. ¿Podría indicarnos, respondiendo a este correo, a qué hora le viene bien que le llamemos y en qué número?{hasBusinessPhone, select, yes { Si lo prefiere, puede llamarnos al {businessPhone}.} other {}}

Si prefiere pagar directamente, puede hacerlo por cualquiera de estas vías:
{paymentMethods}

Gracias por su atención.

${CLOSING}`,
  },

  firm: {
    name: 'Recordatorio firme con nueva fecha límite',
    subject: 'Pago pendiente de {invoiceNumbers}: fecha límite {deadline}',
    body: `Buenos días, {contactName}:

{remindersSent, plural,
  =0 {Le escribimos porque ${REMAIN_UNPAID}.}
  one {A pesar de nuestro recordatorio anterior, ${REMAIN_UNPAID}.}
  other {A pesar de nuestros # recordatorios anteriores, ${REMAIN_UNPAID}.}} El importe pendiente es de {totalOwed}; ${THE_OLDEST} venció el {oldestDueDate}, hace ${DAYS_LATE}.

{invoiceList}

Le pedimos que realice el pago completo, como muy tarde, el {deadline}, por cualquiera de estas vías:
{paymentMethods}

Si no le es posible abonarlo todo de una vez, estamos dispuestos a acordar un plan de pagos a plazos. Respóndanos antes de esa fecha con una propuesta y la estudiaremos.

Si ya ha realizado el pago, le rogamos que nos envíe el justificante. ${CONTACT}

Gracias por su atención.

${CLOSING}`,
  },

  formal: {
    name: 'Requerimiento formal de pago',
    subject: 'Requerimiento formal de pago: {invoiceNumbers}',
    body: `${ATTENTION}

Por medio de este escrito le requerimos formalmente el pago de ${INVOICES}, cuyo importe pendiente asciende a {totalOwed}. {invoiceCount, plural, one {La factura venció} other {La más antigua venció}} el {oldestDueDate} y acumula ${DAYS_LATE} de retraso{remindersSent, plural, =0 {} one {, pese a nuestro aviso anterior} other {, pese a nuestros # avisos anteriores}}.

{invoiceList}

{claimLateCosts, select,
  yes {Conforme a la Ley 3/2004, de medidas de lucha contra la morosidad en las operaciones comerciales, la deuda devenga intereses de demora al tipo legal del {lateInterestRate} anual, que a fecha de hoy suman {lateInterest}, además de una indemnización de 40 € por cada factura vencida en concepto de costes de cobro ({compensation} en total).}
  interest {Conforme a la Ley 3/2004, de medidas de lucha contra la morosidad en las operaciones comerciales, la deuda devenga intereses de demora al tipo legal del {lateInterestRate} anual, que a fecha de hoy suman {lateInterest}.}
  other {}}

Le rogamos que abone la totalidad del importe pendiente no más tarde del {deadline}, por cualquiera de estas vías:
{paymentMethods}

Si en esa fecha no hemos recibido el pago ni una propuesta de pago aceptable, nos veremos obligados a iniciar las acciones necesarias para el cobro de la deuda, incluida su reclamación por vía judicial{claimLateCosts, select, yes {, junto con los intereses de demora y la indemnización por costes de cobro} interest {, junto con los intereses de demora} other {}}. Preferimos evitarlo: si atraviesa dificultades, todavía estamos a tiempo de acordar un plan de pagos.

${CONTACT}

${FORMAL_CLOSING}`,
  },

  agency: {
    name: 'Último aviso antes de la agencia de cobro',
    subject: 'Último aviso antes de encargar el cobro a una agencia de cobros: {invoiceNumbers}',
    body: `${ATTENTION}

{remindersSent, plural,
  =0 {Le escribimos porque ${REMAIN_UNPAID}}
  one {Pese a nuestro recordatorio anterior, ${REMAIN_UNPAID}}
  other {Pese a nuestros # recordatorios anteriores, ${REMAIN_UNPAID}}}: {totalOwed} pendientes; ${THE_OLDEST} acumula ${DAYS_LATE} de retraso desde el {oldestDueDate}.

{invoiceList}

Le comunicamos que, si no recibimos el pago completo o una propuesta de pago concreta antes del {deadline}, encargaremos la gestión del cobro a una agencia de cobros especializada, que a partir de entonces se pondrá en contacto con usted{claimLateCosts, select, yes { y reclamará también los intereses de demora ({lateInterest} a día de hoy) y la indemnización por costes de cobro ({compensation})} interest { y reclamará también los intereses de demora ({lateInterest} a día de hoy)} other {}}.

Todavía puede evitarlo pagando por cualquiera de estas vías:
{paymentMethods}

Si necesita un plan de pagos, respóndanos antes de esa fecha y lo estudiaremos. ${CONTACT}

${FORMAL_CLOSING}`,
  },

  legal: {
    name: 'Aviso previo a la reclamación judicial',
    subject: 'Aviso previo a la reclamación judicial: {invoiceNumbers}',
    body: `${ATTENTION}

Hasta la fecha no hemos recibido el pago de ${INVOICES}, por un total pendiente de {totalOwed}; ${THE_OLDEST} acumula ${DAYS_LATE} de retraso desde el {oldestDueDate}.{remindersSent, plural, =0 {} one { Conservamos constancia del recordatorio que le enviamos.} other { Conservamos constancia de los # recordatorios que le enviamos.}}

{invoiceList}

Le informamos de que, si el {deadline} no hemos recibido el pago, iniciaremos la reclamación judicial de la deuda, por ejemplo mediante un procedimiento monitorio{claimLateCosts, select, yes {, en la que incluiremos los intereses de demora ({lateInterest} a día de hoy, al {lateInterestRate} anual) y la indemnización por costes de cobro ({compensation})} interest {, en la que incluiremos los intereses de demora ({lateInterest} a día de hoy, al {lateInterestRate} anual)} other {}}. Este mensaje es también nuestro intento de resolver el asunto de forma amistosa antes de acudir a los tribunales.

Para evitarlo, puede pagar por cualquiera de estas vías:
{paymentMethods}

Si desea proponer un acuerdo de pago, respóndanos antes de esa fecha. ${CONTACT}

${FORMAL_CLOSING}`,
  },

  'promise-confirmation': {
    name: 'Confirmación de la promesa de pago',
    subject: 'Confirmación de su compromiso de pago: {promiseAmount} el {promiseDate}',
    body: `Buenos días, {contactName}:

Gracias por su compromiso para resolverlo. Tal como hemos acordado, le confirmamos por escrito que pagará {promiseAmount} como muy tarde el {promiseDate}, a cuenta de ${INVOICES}, con un importe pendiente total de {totalOwed}.

{invoiceList}

Hasta esa fecha dejaremos en pausa nuestros recordatorios. Puede realizar el pago por cualquiera de estas vías:
{paymentMethods}

Si surge cualquier imprevisto, avísenos respondiendo a este correo y buscaremos otra fecha.

Muchas gracias por su colaboración.

${CLOSING}`,
  },

  'promise-broken': {
    name: 'Promesa de pago incumplida',
    subject: 'No hemos recibido el pago previsto para el {promiseDate}',
    body: `Buenos días, {contactName}:

Tal como acordamos, esperamos hasta el {promiseDate} para recibir su pago de {promiseAmount}, pero a día de hoy no nos consta. El importe pendiente de ${INVOICES} es de {totalOwed}; ${THE_OLDEST} venció el {oldestDueDate}, hace ${DAYS_LATE}.

{invoiceList}

Le pedimos que realice el pago lo antes posible y, en todo caso, antes del {deadline}, por cualquiera de estas vías:
{paymentMethods}

Si ha tenido algún problema, cuéntenoslo respondiendo a este correo{hasBusinessPhone, select, yes { o llamándonos al {businessPhone}} other {}}: preferimos acordar una nueva fecha o un plan de pagos realista antes que seguir esperando sin noticias.

${CLOSING}`,
  },

  'plan-offer': {
    name: 'Propuesta de plan de pagos',
    subject: 'Propuesta de pago a plazos para {invoiceNumbers}',
    body: `Buenos días, {contactName}:

Sabemos que no siempre es posible pagar todo de una vez. Para facilitarle la regularización de ${INVOICES}, con un importe pendiente de {totalOwed}, le proponemos repartir el pago en varios plazos.

{invoiceList}

Indíquenos, respondiendo a este correo antes del {deadline}, cuántos plazos necesitaría y en qué fechas podría atenderlos. Una vez acordado, le enviaremos el calendario por escrito y le avisaremos unos días antes de cada vencimiento.

Podrá realizar los pagos por cualquiera de estas vías:
{paymentMethods}

Gracias por su disposición para resolverlo.

${CLOSING}`,
  },

  'installment-reminder': {
    name: 'Recordatorio de plazo',
    subject: 'Recordatorio: plazo de {installmentAmount} el {installmentDate}',
    body: `Buenos días, {contactName}:

Le recordamos que el próximo {installmentDate} vence el plazo de {installmentAmount} de su plan de pagos.

Este es el calendario completo que acordamos:
{planTerms}

Puede realizar el pago por cualquiera de estas vías:
{paymentMethods}

Si ya lo ha pagado, muchas gracias y no tenga en cuenta este mensaje. ${CONTACT}

Gracias por cumplir con lo acordado.

${CLOSING}`,
  },

  'installment-missed': {
    name: 'Plazo impagado',
    subject: 'Plazo pendiente del {installmentDate} ({installmentAmount})',
    body: `Buenos días, {contactName}:

No hemos recibido el plazo de {installmentAmount} que vencía el {installmentDate}, según el plan de pagos que acordamos. A día de hoy, el importe pendiente total es de {totalOwed}.

Calendario acordado:
{planTerms}

Le pedimos que abone el plazo atrasado antes del {deadline} por cualquiera de estas vías:
{paymentMethods}

Si su situación ha cambiado, díganoslo respondiendo a este correo y veremos si es posible ajustar el calendario. Si no tenemos noticias suyas, tendríamos que dar el plan por cancelado y volver a reclamar el importe completo.

${CLOSING}`,
  },

  'dispute-acknowledgement': {
    name: 'Acuse de recibo de una disconformidad',
    subject: 'Hemos recibido su consulta sobre {invoiceNumbers}',
    body: `Buenos días, {contactName}:

Gracias por comunicarnos su disconformidad con ${INVOICES}. Mientras lo revisamos, hemos detenido los recordatorios de pago correspondientes.

{invoiceList}

Para resolverlo cuanto antes, le agradeceríamos que nos indicara, respondiendo a este correo, qué parte no reconoce y por qué, junto con cualquier documento que lo respalde. Le contestaremos en cuanto lo hayamos comprobado.

Gracias por su paciencia.

${CLOSING}`,
  },

  'thank-you': {
    name: 'Agradecimiento por el pago',
    subject: 'Gracias por su pago',
    body: `Buenos días, {contactName}:

Hemos recibido su pago de {lastPaymentAmount} del {lastPaymentDate}. Muchas gracias.{dueState, select, none {{invoiceCount, plural, =0 {} one { La factura {invoiceNumbers} queda pagada por completo.} other { Las facturas {invoiceNumbers} quedan pagadas por completo.}}} other {}}

Valoramos mucho trabajar con {debtorName} y esperamos seguir haciéndolo. Si en algún momento necesita algo de nuestra parte, estaremos encantados de ayudarle.

${CLOSING}`,
  },

  reconnect: {
    name: 'Retomar el contacto',
    subject: '¿Hablamos, {contactName}?',
    body: `Buenos días, {contactName}:

Queríamos saber cómo les va en {debtorName} estos últimos meses. Para nosotros es importante mantener una buena relación con nuestros clientes, también cuando hay algo pendiente entre nosotros.

Nos gustaría proponerle una conversación breve, por teléfono o en persona, para ver en qué podemos ayudarle y, de paso, buscar juntos una forma cómoda de dejar al día {invoiceCount, plural, =0 {lo pendiente} one {la factura {invoiceNumbers}} other {las facturas {invoiceNumbers}}}.

Díganos qué día le viene bien respondiendo a este correo{hasBusinessPhone, select, yes { o llamándonos al {businessPhone}} other {}}.

Gracias, y un cordial saludo,
{signature}`,
  },

  'call-follow-up': {
    name: 'Seguimiento de una llamada',
    subject: 'Seguimiento de nuestra conversación del {lastCallDate}',
    body: `Buenos días, {contactName}:

Gracias por atendernos por teléfono el {lastCallDate}. Le resumimos por escrito cómo quedan las cosas.

{dueState, select,
  upcoming {${THE_INVOICE_CAP} vence el {oldestDueDate}, con un importe pendiente total de {totalOwed}.}
  today {${THE_INVOICE_CAP} vence hoy, con un importe pendiente total de {totalOwed}.}
  other {${THE_INVOICE_CAP} venció el {oldestDueDate}, hace ${DAYS_LATE}, y quedan pendientes {totalOwed}.}}

{invoiceList}

{promiseOpen, select,
  yes {Tal como acordamos, usted pagará {promiseAmount} como muy tarde el {promiseDate}. Hasta esa fecha dejaremos en pausa nuestros recordatorios.}
  other {{planOpen, select,
    yes {Tal como acordamos, usted paga a plazos, en estas fechas:
{planTerms}}
    other {Le agradeceríamos que abonara el importe pendiente de {totalOwed} en cuanto le sea posible. Si le resulta difícil pagarlo todo de una vez, respóndanos y acordaremos con usted una fecha o unos plazos.}}}}

Puede realizar el pago por cualquiera de estas vías:
{paymentMethods}

${CONTACT}

Gracias por su tiempo.

${CLOSING}`,
  },
};
