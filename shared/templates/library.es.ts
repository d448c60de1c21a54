// The built-in Spanish templates: polite, direct, addressed with "usted". Friendly steps carry
// no threats; from the firm step on there is a concrete deadline; from the formal step on the
// consequences are stated calmly, as consequences.
import type { TemplatePurpose } from '../ledger/schema';
import type { BuiltinText } from './builtin-text';

const INVOICES = '{invoiceCount, plural, one {la factura {invoiceNumbers}} other {las facturas {invoiceNumbers}}}';
const DAYS_LATE = '{daysLate, plural, one {# día} other {# días}}';
const CLOSING = 'Un cordial saludo,\n{signature}';
const FORMAL_CLOSING = 'Atentamente,\n{signature}';

export const LIBRARY_ES: Record<TemplatePurpose, BuiltinText> = {
  courtesy: {
    name: 'Recordatorio de cortesía (antes del vencimiento)',
    subject:
      'Recordatorio: {invoiceCount, plural, one {la factura {invoiceNumbers} vence} other {las facturas {invoiceNumbers} vencen}} el {oldestDueDate}',
    body: `Buenos días, {contactName}:

Le escribimos solo para recordarle que {invoiceCount, plural, one {la factura {invoiceNumbers}, con un importe pendiente de {totalOwed}, vence} other {las facturas {invoiceNumbers}, con un importe pendiente de {totalOwed}, vencen}} el próximo {oldestDueDate}.

Este es el detalle:
{invoiceList}

Puede realizar el pago por cualquiera de estas vías:
{paymentMethods}

Si ya lo tiene programado, no necesita hacer nada más. Para cualquier duda, puede responder a este mismo correo.

Gracias por su confianza.

${CLOSING}`,
  },

  due: {
    name: 'Aviso el día del vencimiento',
    subject: '{invoiceCount, plural, one {La factura {invoiceNumbers} vence hoy} other {Las facturas {invoiceNumbers} vencen hoy}}',
    body: `Buenos días, {contactName}:

Le recordamos que hoy, {today}, vence el pago de ${INVOICES}, por un importe pendiente de {totalOwed}.

{invoiceList}

Si ya ha realizado el pago, muchas gracias y no tenga en cuenta este mensaje. Si todavía no, puede hacerlo por cualquiera de estas vías:
{paymentMethods}

Si hubiera algún problema con la factura, indíquenoslo respondiendo a este correo y lo revisaremos enseguida.

Gracias por su atención.

${CLOSING}`,
  },

  overdue: {
    name: 'Recordatorio de factura vencida',
    subject: `Factura vencida: {invoiceNumbers} (${DAYS_LATE} de retraso)`,
    body: `Buenos días, {contactName}:

Según nuestros registros, {invoiceCount, plural, one {la factura {invoiceNumbers} venció} other {las facturas {invoiceNumbers} vencieron}} el {oldestDueDate} y, a día de hoy, quedan pendientes {totalOwed}, con ${DAYS_LATE} de retraso.

Le enviamos de nuevo el detalle, marcado como vencido:
{invoiceList}

Seguramente se trate de un descuido. Le agradeceríamos que realizara el pago en los próximos días por cualquiera de estas vías:
{paymentMethods}

Si ya lo ha pagado, le rogamos que nos envíe el justificante para poder identificarlo. Y si le resulta difícil pagar el importe completo ahora, cuéntenoslo: seguro que encontramos una solución.

Gracias de antemano.

${CLOSING}`,
  },

  call: {
    name: 'Guion para la llamada',
    subject: 'Guion de llamada: {debtorName} ({totalOwed})',
    body: `Antes de llamar: pregunte en {debtorName} por {contactName} o por la persona que gestiona los pagos. Tenga a mano {invoiceCount, plural, one {la factura} other {las facturas}} y anote lo que se diga.

1. Saludo: «Buenos días, le llamo de {businessName}. ¿Hablo con {contactName}? ¿Tiene un momento?»

2. Motivo: «Le llamo por {invoiceCount, plural, one {la factura {invoiceNumbers}, que venció} other {las facturas {invoiceNumbers}; la más antigua venció}} el {oldestDueDate}. A día de hoy quedan pendientes {totalOwed}, con ${DAYS_LATE} de retraso.»

Detalle, por si lo pide:
{invoiceList}

3. Pida el pago completo: «¿Podrían abonar el importe pendiente esta semana?». Después, escuche y deje que le explique su situación sin interrumpir. Si su contrato prevé recargos por retraso, puede mencionarlo con calma.

4. Si no puede pagarlo todo, ofrezca una alternativa: una fecha concreta o un plan de pagos a plazos. Si se compromete, repita en voz alta el importe y la fecha para confirmarlos.

5. Recuerde las formas de pago:
{paymentMethods}

6. Despedida: «Gracias por su tiempo. Ahora le envío un correo con lo que hemos acordado.» Registre la llamada en Cobro y, si hay promesa de pago, anótela.

Mantenga siempre un tono cordial, aunque la otra persona no lo haga.`,
  },

  firm: {
    name: 'Recordatorio firme con nueva fecha límite',
    subject: 'Pago pendiente de {invoiceNumbers}: fecha límite {deadline}',
    body: `Buenos días, {contactName}:

A pesar de nuestros recordatorios anteriores, {invoiceCount, plural, one {la factura {invoiceNumbers} sigue} other {las facturas {invoiceNumbers} siguen}} sin pagarse. El importe pendiente es de {totalOwed}, con ${DAYS_LATE} de retraso desde el {oldestDueDate}.

{invoiceList}

Le pedimos que realice el pago completo, como muy tarde, el {deadline}, por cualquiera de estas vías:
{paymentMethods}

Si no le es posible abonarlo todo de una vez, estamos dispuestos a acordar un plan de pagos a plazos. Respóndanos antes de esa fecha con una propuesta y la estudiaremos.

Si ya ha realizado el pago, le rogamos que nos envíe el justificante. Para cualquier aclaración, puede responder a este correo.

Gracias por su atención.

${CLOSING}`,
  },

  formal: {
    name: 'Requerimiento formal de pago',
    subject: 'Requerimiento formal de pago: {invoiceNumbers}',
    body: `A la atención de {contactName} ({debtorName}):

Por medio de este escrito le requerimos formalmente el pago de ${INVOICES}, cuyo importe pendiente asciende a {totalOwed}. {invoiceCount, plural, one {La factura venció} other {La más antigua venció}} el {oldestDueDate} y acumula ${DAYS_LATE} de retraso, pese a nuestros avisos anteriores.

{invoiceList}

{claimLateCosts, select,
  yes {Conforme a la Ley 3/2004, de medidas de lucha contra la morosidad en las operaciones comerciales, la deuda devenga intereses de demora al tipo legal del {lateInterestRate} anual, que a fecha de hoy suman {lateInterest}, además de una indemnización de 40 € por cada factura vencida en concepto de costes de cobro ({compensation} en total).}
  interest {Conforme a la Ley 3/2004, de medidas de lucha contra la morosidad en las operaciones comerciales, la deuda devenga intereses de demora al tipo legal del {lateInterestRate} anual, que a fecha de hoy suman {lateInterest}.}
  other {}}

Le rogamos que abone la totalidad del importe pendiente no más tarde del {deadline}, por cualquiera de estas vías:
{paymentMethods}

Si en esa fecha no hemos recibido el pago ni una propuesta de pago aceptable, nos veremos obligados a iniciar las acciones necesarias para el cobro de la deuda, incluida su reclamación por vía judicial{claimLateCosts, select, yes {, junto con los intereses de demora y la indemnización por costes de cobro} interest {, junto con los intereses de demora} other {}}. Preferimos evitarlo: si atraviesa dificultades, todavía estamos a tiempo de acordar un plan de pagos.

Para cualquier aclaración, puede responder a este correo.

${FORMAL_CLOSING}`,
  },

  agency: {
    name: 'Último aviso antes de la agencia de cobro',
    subject: 'Último aviso antes de encargar el cobro a una agencia de cobros: {invoiceNumbers}',
    body: `A la atención de {contactName} ({debtorName}):

Pese a nuestros recordatorios y a nuestro requerimiento formal, {invoiceCount, plural, one {la factura {invoiceNumbers} sigue} other {las facturas {invoiceNumbers} siguen}} sin pagarse: {totalOwed} pendientes, con ${DAYS_LATE} de retraso.

{invoiceList}

Le comunicamos que, si no recibimos el pago completo o una propuesta de pago concreta antes del {deadline}, encargaremos la gestión del cobro a una agencia de cobros especializada, que a partir de entonces se pondrá en contacto con usted{claimLateCosts, select, yes { y reclamará también los intereses de demora ({lateInterest} a día de hoy) y la indemnización por costes de cobro ({compensation})} interest { y reclamará también los intereses de demora ({lateInterest} a día de hoy)} other {}}.

Todavía puede evitarlo pagando por cualquiera de estas vías:
{paymentMethods}

Si necesita un plan de pagos, respóndanos antes de esa fecha y lo estudiaremos.

${FORMAL_CLOSING}`,
  },

  legal: {
    name: 'Aviso previo a la reclamación judicial',
    subject: 'Aviso previo a la reclamación judicial: {invoiceNumbers}',
    body: `A la atención de {contactName} ({debtorName}):

Hasta la fecha no hemos recibido el pago de ${INVOICES}, por un total pendiente de {totalOwed} y con ${DAYS_LATE} de retraso, a pesar de los recordatorios enviados y de nuestro requerimiento formal. Conservamos constancia de todas estas comunicaciones.

{invoiceList}

Le informamos de que, si el {deadline} no hemos recibido el pago, iniciaremos la reclamación judicial de la deuda, por ejemplo mediante un procedimiento monitorio{claimLateCosts, select, yes {, en la que incluiremos los intereses de demora ({lateInterest} a día de hoy, al {lateInterestRate} anual) y la indemnización por costes de cobro ({compensation})} interest {, en la que incluiremos los intereses de demora ({lateInterest} a día de hoy, al {lateInterestRate} anual)} other {}}. Este mensaje es también nuestro intento de resolver el asunto de forma amistosa antes de acudir a los tribunales.

Para evitarlo, puede pagar por cualquiera de estas vías:
{paymentMethods}

Si desea proponer un acuerdo de pago, respóndanos antes de esa fecha.

${FORMAL_CLOSING}`,
  },

  'promise-confirmation': {
    name: 'Confirmación de la promesa de pago',
    subject: 'Confirmación de su compromiso de pago: {promiseAmount} el {promiseDate}',
    body: `Buenos días, {contactName}:

Gracias por ponerse en contacto con nosotros. Tal como hemos acordado, le confirmamos por escrito su compromiso de pagar {promiseAmount} como muy tarde el {promiseDate}, correspondiente a ${INVOICES}.

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

Tal como nos indicó, esperamos hasta el {promiseDate} para recibir su pago de {promiseAmount}, pero a día de hoy no nos consta. El importe pendiente de ${INVOICES} es de {totalOwed}, con ${DAYS_LATE} de retraso.

{invoiceList}

Le pedimos que realice el pago lo antes posible y, en todo caso, antes del {deadline}, por cualquiera de estas vías:
{paymentMethods}

Si ha tenido algún problema, cuéntenoslo hoy mismo respondiendo a este correo: preferimos acordar una nueva fecha o un plan de pagos realista antes que seguir esperando sin noticias.

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

Si ya lo ha pagado, muchas gracias y no tenga en cuenta este mensaje. Para cualquier duda, responda a este correo.

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

Hemos recibido el pago de ${INVOICES}. Muchas gracias.

Valoramos mucho trabajar con {debtorName} y esperamos seguir haciéndolo. Si en algún momento necesita algo de nuestra parte, estaremos encantados de ayudarle.

${CLOSING}`,
  },

  reconnect: {
    name: 'Retomar el contacto',
    subject: '¿Hablamos, {contactName}?',
    body: `Buenos días, {contactName}:

Hace tiempo que no hablamos y queríamos saber cómo les va en {debtorName} estos últimos meses. Para nosotros es importante mantener una buena relación con nuestros clientes, también cuando hay algo pendiente entre nosotros.

Nos gustaría proponerle una conversación breve, por teléfono o en persona, para ver en qué podemos ayudarle y, de paso, buscar juntos una forma cómoda de dejar al día {invoiceCount, plural, =0 {lo pendiente} one {la factura {invoiceNumbers}} other {las facturas {invoiceNumbers}}}.

Díganos qué día le viene bien respondiendo a este correo.

Gracias, y un cordial saludo,
{signature}`,
  },
};
