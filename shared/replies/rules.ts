// How people say each intent, in Spanish (Spain, Mexico, Colombia, Argentina: usted, tú, vos) and
// English. Patterns match the folded text (lower case, no accents) and name the words that carry the
// intent, never whole sentences. What may not count is decided around a match (read.ts): a negation
// just before it, a condition or a hedge in its sentence, a question.
import type { ReplyIntent } from './types';

export interface Rule {
  intent: ReplyIntent;
  regex: RegExp;
  /** False when the pattern carries its own negation ("no reconocemos"): a "no" before it is part of it. */
  negatable: boolean;
  /** For a payment verb whose tense the day decides ("pagamos el viernes": past or future). */
  tense?: 'either';
}

const words = (source: string) => new RegExp(String.raw`(?<![\w])(?:${source})(?![\w])`, 'g');
const rule = (intent: ReplyIntent, source: string, options: Partial<Omit<Rule, 'intent' | 'regex'>> = {}): Rule => ({
  intent,
  regex: words(source),
  negatable: true,
  ...options,
});

const clitic = String.raw`(?:(?:se |te |le |les |os |lo |la |los |las |me )(?:lo |la |los |las )?)?`;
const payNoun = String.raw`pago|pagos|transferencia|transfer|ingreso|deposito|abono|giro|importe|dinero|plata|lana|cheque|bizum|spei|consignacion|nequi|daviplata|mercado pago|resto|saldo|la mitad|mitad|lo que falta|diferencia|recibo`;
const payObject = String.raw`(?:el |la |los |las |su |tu |un |una |lo )?(?:${payNoun}|\$ ?\d[\d.,]*|\d[\d.,]*(?: ?(?:€|euros|pesos|dolares|mil|usd|mxn))?)`;

// Spanish payment verbs, by tense. -ar verbs that take the debt as object, then verbs that need a
// payment as object ("hacer la transferencia", "mandar los 600").
const arStems = ['pag', 'abon', 'ingres', 'deposit', 'consign', 'liquid', 'sald', 'acredit', 'gir'];
const objectArStems = ['mand', 'envi', 'pas', 'realiz', 'efectu', 'orden', 'tramit'];
const forms = (stems: string[], endings: string[]) => stems.flatMap((stem) => endings.map((ending) => stem + ending));
const withObject = (verbs: string[]) => `(?:${verbs.join('|')}) ${payObject}`;
const futureEndings = ['are', 'aremos', 'ara', 'aran', 'aras', 'areis'];
const future = [
  ...forms(arStems, futureEndings), 'transferire', 'transferiremos', 'transferira', 'transferiran', 'remitiremos', 'remitire',
  withObject([...forms(objectArStems, futureEndings), 'hare', 'haremos', 'hara', 'haran', 'daremos', 'dare', 'emitiremos']),
].join('|');
const infinitive = [
  ...arStems.map((stem) => `${stem}ar(?:te|le|les|os)?(?:lo|la|los|las)?`), 'transferir(?:te|le|les)?(?:lo|la|los|las)?',
  withObject([...objectArStems.map((stem) => `${stem}ar(?:te|le|les)?(?:lo|la|los|las)?`), 'hacer(?:te|le|les)?(?:lo|la)?', 'emitir']),
].join('|');
// 1st person present: a promise when a day or a pronoun says so ("te lo pago el viernes").
const present = [
  ...forms(arStems, ['o', 'amos']), 'transfiero', 'transferimos', 'remito', 'cancelo (?:la factura|el saldo|la deuda)', 'cancelamos (?:la factura|el saldo|la deuda)',
  withObject([...forms(objectArStems, ['o', 'amos']), 'hago', 'hacemos', 'doy', 'damos', 'envio', 'enviamos']),
].join('|');
const objectPresent = [...forms(objectArStems, ['o', 'amos']), 'hago', 'hacemos', 'doy', 'damos', 'envio', 'enviamos'].join('|');
const objectFuture = [...forms(objectArStems, futureEndings), 'hare', 'haremos', 'dare', 'daremos'].join('|');
// Unambiguous past: the 1st person preterite of -ar verbs (pagué → pague) and of irregulars.
const preterite = [
  ...forms(arStems, ['e', 'aste', 'aron', 'asteis']).filter((form) => form !== 'pase'), 'transferi', 'transfirio', 'transfirieron', 'pagaste', 'pagaron',
  withObject([...forms(objectArStems, ['e', 'aste', 'aron']), 'hice', 'hicimos', 'hizo', 'hicieron', 'di', 'dimos', 'dio']),
].join('|');
const participle = [...forms(arStems, ['ado']), 'transferido', withObject([...forms(objectArStems, ['ado']), 'hecho', 'dado', 'emitido'])].join('|');

export const rules: Rule[] = [
  // ── promise ────────────────────────────────────────────────────────────────
  rule('promise', String.raw`${clitic}(?:${future})`),
  rule('promise', String.raw`${clitic}(?:vamos|voy|va|van|vas|vais) a (?:${infinitive})`),
  // Present tense with a pronoun or a day: "te lo pago el viernes", "el lunes pago", "se los deposito el 15".
  // "pago" after an article is the noun ("el pago de 890 €").
  rule('promise', String.raw`(?<!(?:el|su|un|del|de|tu|al|mi|este|ese|primer|ultimo|proximo|otro) )${clitic}(?:${present})`, { tense: 'either' }),
  // The payment named before the verb: "los otros 700 te los mando el viernes", "lo hago hoy mismo".
  rule('promise', String.raw`(?:(?:se|te|le|les|os|me) )?(?:lo|la|los|las) (?:${objectPresent})`, { tense: 'either' }),
  rule('promise', String.raw`(?:(?:se|te|le|les|os|me) )?(?:lo|la|los|las) (?:${objectFuture})`),
  rule('promise', String.raw`(?:me comprometo|nos comprometemos|comprometemos|te prometo|le prometo|les prometo|le aseguro|te aseguro|les aseguro) (?:a|que) `),
  rule('promise', String.raw`${payObject} (?:se (?:hara|realizara|efectuara|enviara|emitira|ordenara|tramitara|procesara|acreditara|incluira|va a (?:hacer|acreditar|realizar|enviar))|saldra|sale|llegara|te llega|le llega|les llega|te cae|le cae|les cae|estara (?:hecho|hecha|listo|lista|en su cuenta|en tu cuenta)|quedara (?:hecho|hecha|liquidad[oa]|pagad[oa]|saldad[oa])|(?:esta|queda|quedo) (?:programad[oa]|agendad[oa])(?: para)?)`),
  rule('promise', String.raw`se (?:${clitic})?(?:hace|hara|realiza|ingresa|ingresan|paga|pagan|abona|abonan|deposita|depositan|transfiere|consigna|acredita|envia|manda|incluira|incluiran|incluye|incluyen|cancela|liquida) (?:el |la |los |las |su |tu )?(?:pago|transferencia|ingreso|deposito|abono|consignacion|giro|spei|bizum|factura|importe|\d[\d.,]*)`, { tense: 'either' }),
  rule('promise', String.raw`(?:lo|la|los|las) (?:tendra|tendras|tienes|tiene|tendran|tienen)(?: (?:pagad[oa]s?|hech[oa]s?|en (?:su|tu) cuenta))?|(?:tendra|tendras|tendran|tendreis|recibira|recibiras|recibiran|recibireis) ${payObject}|(?:esta|estara) (?:hecho|hecha|pagad[oa]|saldad[oa])(?= ?,? (?:palabra|prometido|seguro|sin falta))`),
  rule('promise', String.raw`(?:programamos|programo|programó|hemos programado|he programado|ha programado|han programado|se ha programado|dejamos programad[oa]|agendamos|hemos agendado|esta en la relacion de pagos|entra en la (?:proxima )?(?:remesa|quincena|relacion) de pagos|en la remesa de pagos)(?: ${payObject})?`),
  rule('promise', String.raw`(?:we|i)(?:'ll| will| shall|'re going to| are going to|'m going to| am going to| plan to| intend to| promise to| commit to| undertake to| can| could| should) (?:definitely |absolutely |certainly |def |)(?:be )?(?:pay(?:ing)?|send(?:ing)? (?:(?:you|over) )?(?:the |a |your |our |it|this|that|\$|£|€|usd|gbp|eur|\d)|mail(?:ing)? (?:you )?(?:a |the )?(?:check|cheque)|transfer(?:ring)?|wire|settle|clear|remit|make (?:the |a |full |our )?payments?|process (?:the |your )?(?:payment|invoice)|get (?:you )?(?:the |your |this |it )?(?:payment|paid|money|invoice paid|sorted|out|over)|get (?:this|it|that|the payment|payment|the money) (?:out|over|sorted|done|paid)|sort (?:it|this|that)(?: out)?|do the rest|have (?:the |this |it )?(?:payment |invoice )?(?:paid|settled|sent))`),
  rule('promise', String.raw`(?:ill|i'll|we'll|will) (?:pay|send|get (?:this|it|that|the payment|payment) out|sort|settle|transfer|wire|mail)|(?:^|\n|\. )will (?:pay|send|transfer|wire|settle|mail|get|do|sort)`),
  rule('promise', String.raw`(?:the |our |your )?(?:payment|transfer|wire|funds|money|check|cheque|remittance|balance|rest|remainder|remaining|\S*\d[\d,.]*|it) (?:will|should|is going to|'ll|shall) (?:be (?:sent|made|paid|processed|wired|issued|released|transferred|remitted|in your account|with you|mailed|posted)|go out|reach you|arrive|follow|clear|land|hit your account)`),
  rule('promise', String.raw`(?:the |our |your )?(?:payment|transfer|wire) (?:is|has been|was) (?:scheduled|set|queued|booked|lined up) (?:for|on)|(?:has|have|got) (?:this|it|the payment|your invoice) scheduled`),
  rule('promise', String.raw`(?:we|i)(?:'ve| have)? (?:scheduled|set up|queued|booked) (?:the |a |your |our )?(?:payment|transfer|wire)`),
  rule('promise', String.raw`(?:you'll|you will|you should) (?:have|receive|get|see) (?:the |your |it|our |a |payment|funds|money|transfer)`),
  rule('promise', String.raw`(?:we're|we are|i'm|i am|im) (?:paying|sending (?:the |you )?(?:payment|money|funds|transfer|it)|transferring|wiring)|paying (?:it|this|you|the (?:rest|balance|invoice)) (?:today|tomorrow|on|by|next|this)`),
  rule('promise', String.raw`(?:we|i) (?:pay|send (?:the )?payment|transfer|wire) (?:it |you |this |the invoice )?(?:on|by|tomorrow|today|next|this)`),
  rule('promise', String.raw`(?:rest|remainder|remaining|balance|the other half)(?: of it)? (?:by|on|next|before|at)`),

  // ── paid_claim ─────────────────────────────────────────────────────────────
  rule('paid_claim', String.raw`(?:ya )?${clitic}(?:hemos|he|habiamos|habia|han|ha) (?:ya )?(?:${participle})`),
  rule('paid_claim', String.raw`(?:ya )?${clitic}(?:${preterite})`),
  rule('paid_claim', String.raw`(?:acabo|acabamos|acaba) de (?:${infinitive})`),
  rule('paid_claim', String.raw`(?:el |la |los |las |su |tu |un |una )?(?:${payNoun}) (?:ya )?(?:se )?(?:(?:fue|ha sido|esta|quedo|se) (?:ya )?)?(?:realizad[oa]|hech[oa]|echa|enviad[oa]|efectuad[oa]|emitid[oa]|ordenad[oa]|tramitad[oa]|procesad[oa]|acreditad[oa]|realizo|hizo|efectuo|envio|emitio|ordeno|tramito|proceso|acredito)(?! (?:el|la) (?:proxim|siguiente))|(?:quedo|quedaron|se hizo|se realizo|se acredito|se efectuo|ya se hizo|ya se realizo|se ha (?:atendido|pagado|realizado|hecho|acreditado)|ya se ha (?:atendido|pagado|realizado|hecho)) (?:hech[oa] )?(?:la |el |una |un |su )?(?:${payNoun})|(?:se|ya se) (?:ha |han )?(?:atendido|pagado|acreditado|cargado|debitado)`),
  rule('paid_claim', String.raw`(?:la factura|las facturas|esta factura|la deuda|el saldo|el importe|todo|esta|ya esta|ya estan|estan|quedo|quedaron|fue|fueron)(?: [a-z]-?[\w-]*\d[\w-]*)? (?:ya )?(?:esta |estan |fue |fueron |ha sido |han sido |quedo |quedaron )?(?:ya )?(?:pagad[oa]s?|abonad[oa]s?|saldad[oa]s?|liquidad[oa]s?|cancelad[oa]s? (?:en su totalidad|por completo))|(?:^|\n)(?:pagado|pagada|abonado|transferido)(?: ya)?[!.,\s]`),
  rule('paid_claim', String.raw`(?:adjunto|adjuntamos|anexo|le adjunto|te adjunto|les adjunto|os adjunto|le envio|te envio|les envio|te mando|le mando|les mando|te mande|le mande|les mande|te comparto|le comparto|les comparto|va adjunto|van adjuntos|encontrara adjunto|encontraras adjunto|aqui tiene|aqui tienes|aqui esta|te paso|le paso) (?:el |la |los |una |copia del? )?(?:justificante|comprobante|recibo|resguardo|captura|soporte|voucher|constancia|pdf del banco)s?(?: de(?:l)? (?:pago|transferencia|ingreso|deposito))?`),
  rule('paid_claim', String.raw`(?:we|i|accountant|team|office|ap|boss|partner|bookkeeper)(?:'ve| have| had)? (?:already |just |actually )?(?:paid|transferred|wired|settled|remitted|venmo'd|zelled|sent (?:(?:you|over) )?(?:the |a |your |our |full |\$|£|€|usd|gbp|eur|\d)|made (?:the |a |full |our )?payment|initiated (?:the |a )?(?:payment|transfer|wire)|processed (?:the |your )?(?:payment|invoice)|cleared (?:the |this |your )?(?:invoice|balance)|posted (?:the |a )?(?:check|cheque)|mailed (?:the |a |you a )?(?:check|cheque)|took care of (?:it|this|that))`),
  rule('paid_claim', String.raw`(?:the |our |your |a |bacs |ach |wire )?(?:payment|transfer|wire|funds|check|cheque|remittance|ach|\S*\d[\d,.]*)(?: of \S*\d[\d,.]*| for \S*\d[\d,.]*)? (?:was |were |has been |have been |went |is )?(?:already |just )?(?:sent|made|processed|initiated|issued|released|wired|transferred|out|through|mailed|posted|executed|completed|done)(?! (?:by|on|next|tomorrow|friday|monday))`),
  rule('paid_claim', String.raw`(?:invoice|invoices|it|this|that|balance|everything) (?:was|were|has been|have been|is|are) (?:already |fully |just )?(?:paid|settled|cleared|taken care of)(?! (?:by|on|before) (?:friday|monday|tuesday|wednesday|thursday|the|next|tomorrow))|(?:already|all) (?:paid|settled|taken care of|sorted)|(?:^|\n|\. )(?:just )?paid(?! (?:by|on|before) (?:friday|monday|tuesday|wednesday|thursday|the|next|tomorrow))`),
  rule('paid_claim', String.raw`(?:attached|enclosed|please find|here is|here's|i've attached|we've attached|i attach|we attach)(?: (?:is|are|attached|the|our|a))* (?:remittance|proof of payment|payment (?:confirmation|receipt|proof)|transfer (?:confirmation|receipt)|receipt|bank confirmation)|(?:remittance(?: advice)?|proof of payment|payment confirmation) (?:is )?attached|(?:check|cheque) is in the (?:mail|post)`),

  // ── dispute ────────────────────────────────────────────────────────────────
  rule('dispute', String.raw`no (?:reconocemos|reconozco|reconoce|aceptamos|acepto|corresponde|coincide|cuadra|es correct[oa]|son correct[oa]s|esta bien|estamos de acuerdo|estoy de acuerdo|procede|debemos|le debemos|te debemos|les debemos)`, { negatable: false }),
  rule('dispute', String.raw`(?:factura|importe|cantidad|precio|total|cobro|cargo|monto|cifra)s? (?:es |esta |son |estan |parece |viene )?(?:incorrect[oa]s?|erróne[oa]s?|errone[oa]s?|equivocad[oa]s?|mal (?:hech[oa]|calculad[oa]|emitid[oa])|duplicad[oa]s?|inflad[oa]s?|excesiv[oa]s?)`),
  rule('dispute', String.raw`(?:un |hay un |hay |algun )?errore?s? (?:en|con) (?:la|el|esta|este|su|tu|los|las) (?:factura|importe|cantidad|precio|total|cobro|cargo|monto|concepto|horas|pedido)`),
  rule('dispute', String.raw`(?:cobrado|cobraron|cobran|facturado|facturaron|facturan|cargado|cargaron) (?:de mas|dos veces|doble|por duplicado|algo que no)`),
  rule('dispute', String.raw`no (?:hemos|he|habiamos) recibido (?:el |la |los |las |ningun |ninguna |nunca |todavia |aun )*(?:material|mercancia|mercaderia|pedido|producto|productos|servicio|encargo|trabajo|entrega|envio|paquete|equipo|articulos|género|genero)`, { negatable: false }),
  rule('dispute', String.raw`(?:nunca|jamas) (?:recibimos|recibi|llego|llegaron|contratamos|contrate|pedimos|pedi|encargamos|encargue|solicitamos|acordamos|firmamos|aceptamos)`, { negatable: false }),
  rule('dispute', String.raw`no (?:lo |la |los |las |eso )?(?:pedimos|pedi|encargamos|encargue|contratamos|contrate|solicitamos|solicite|acordamos|aceptamos|autorizamos|autorice) `, { negatable: false }),
  rule('dispute', String.raw`(?:reclamamos|reclamo|disputamos|impugnamos|rechazamos|rechazo|devolvemos|devolvimos|objetamos) (?:la |esta |dicha |su |tu )?(?:factura|cobro|cargo|importe)|(?:en disputa|reclamacion|disconformidad)`),
  rule('dispute', String.raw`(?:llego|llegaron|vino|vinieron|esta|estan|estaba|estaban|salio|salieron) (?:roto|rota|rotos|rotas|danad[oa]s?|defectuos[oa]s?|en mal estado|incomplet[oa]s?)|(?:defectuos[oa]s?|no funciona|no funcionan|mal hecho|incompleto|a medias)`),
  rule('dispute', String.raw`(?:no es|no son|no era) (?:lo que|el que|la que) (?:pedimos|encargamos|acordamos|contratamos|presupuestaron|presupuestamos)|(?:el |lo )?(?:presupuesto|acordado|pactado) (?:era|fue|decia|dice) `, { negatable: false }),
  rule('dispute', String.raw`(?:we |i )?(?:dispute|disputing|contest|contesting|reject|rejecting|query|querying) (?:the |this |your |that )?(?:invoice|charge|amount|bill)|(?:in dispute|under dispute|disputed)`),
  rule('dispute', String.raw`(?:don't|do not|doesn't|does not|didn't|did not|can't|cannot) (?:recogni[sz]e|match|reflect|agree)|not (?:what we (?:ordered|agreed|asked for)|our (?:invoice|order)|correct|right)`, { negatable: false }),
  rule('dispute', String.raw`(?:invoice|amount|bill|charge|total|price|figure|rate|hours)s? (?:is |are |was |were |seems |looks )?(?:wrong|incorrect|inaccurate|inflated|too high|duplicated|a duplicate|in error)|(?:wrong|incorrect|inaccurate) (?:invoice|amount|total|charge|price|rate|hours)|overcharged|over-?billed|charged (?:us |me )?(?:twice|double)|double[- ](?:charged|billed)|duplicate (?:invoice|charge|billing)`),
  rule('dispute', String.raw`(?:never|haven't|have not|hasn't|has not|didn't|did not) (?:yet )?(?:received|receive|got|get|ordered|order|agreed|agree|signed|sign|authori[sz]ed|authori[sz]e|asked for) (?:the |any |our |your |this |that |to )?(?:goods|order|items|products?|delivery|service|work|shipment|parts|equipment|package|that|this|it|pay)`, { negatable: false }),
  rule('dispute', String.raw`(?:arrived|was|were|is|are|came) (?:damaged|defective|broken|faulty|incomplete)|(?:work|job|service|project) (?:was|is|has) (?:not|never) (?:been )?(?:done|completed|finished|delivered)|(?:we|i) (?:don't|do not) owe`, { negatable: false }),

  // ── hardship ───────────────────────────────────────────────────────────────
  rule('hardship', String.raw`(?:problemas?|dificultad(?:es)?|falta|tension(?:es)?|apuros?|agobios?) (?:de |con la |con el |serios de |graves de )?(?:liquidez|tesoreria|caja|dinero|flujo de caja|cobros|plata|lana)|(?:problemas?|dificultad(?:es)?|apuros?) (?:economic[oa]s|financier[oa]s)`),
  rule('hardship', String.raw`(?:situacion|momento|racha|epoca|etapa|mes|ano|temporada) (?:economic[oa] |financier[oa] |muy )?(?:complicad[oa]|dificil|delicad[oa]|mal[oa]|critic[oa]|durisim[oa]|dur[oa]|flojo|floja)|mal momento|mala racha|(?:pasando|atravesando|atravesamos|pasamos) (?:por )?(?:un |una )?(?:bache|mal momento|mala racha|momento dificil|situacion)`),
  rule('hardship', String.raw`(?:estamos|estoy|andamos|ando|vamos|voy|quedamos|quede) (?:muy |un poco |bastante )?(?:justos|justo|justa|apretad[oa]s?|cortos|corto|corta|sin (?:liquidez|fondos|dinero|plata|lana|caja|un peso|un duro)|mal de (?:dinero|plata|caja)|en numeros rojos|en la quiebra|quebrad[oa]s?|ahogad[oa]s?|asfixiad[oa]s?)`),
  rule('hardship', String.raw`no (?:tenemos|tengo|hay|contamos con|disponemos de|dispongo de) (?:suficiente |la |el )?(?:liquidez|fondos|dinero|plata|lana|caja|presupuesto|efectivo)|no (?:nos |me )?(?:llega|alcanza|da) (?:el dinero|la plata|la lana|para todo|para pagar|para cubrir|el presupuesto)`, { negatable: false }),
  rule('hardship', String.raw`(?:clientes?|nuestro cliente|un cliente|nuestros clientes|el gobierno|la administracion|el ayuntamiento) (?:no nos (?:ha|han) pagado|no nos paga|no nos pagan|nos debe|nos deben|(?:ha|han) dejado de pagar|se (?:retrasa|retrasan|retraso|retrasaron) en (?:el |los )?pagos?|no (?:ha|han) pagado)|impagos?|(?:perdimos|hemos perdido|perdi|he perdido) (?:a )?(?:un|una|nuestro|nuestra|el|la|mi) (?:cliente|contrato|proyecto|trabajo|empleo)|concurso de acreedores|erte\b|(?:cerrar|cierre de) (?:la empresa|el negocio|el local)|bajad[oa] (?:mucho )?(?:las|la) ventas?|(?:las )?ventas (?:han bajado|bajaron|cayeron|han caido)|(?:me|nos) (?:despidieron|han despedido)|(?:estoy|he estado|estuve) (?:enferm[oa]|hospitalizad[oa]|de baja)`),
  rule('hardship', String.raw`no (?:podemos|puedo|podremos|podre|vamos a poder|voy a poder|podriamos) (?:pagar|abonar|asumir|hacer frente|afrontar|cubrir)(?:le|te|les)? (?:(?:la |el )?(?:totalidad|total|todo|importe completo|factura completa)|(?:todo )?(?:ahora|de momento|por ahora|este mes|en este momento|de una vez|de golpe|en un solo pago|completo))`, { negatable: false }),
  rule('hardship', String.raw`cash ?flow (?:is |has been |problems?|issues?|difficult|crunch|tight|constraints?)|(?:money|cash|things|finances) (?:is |are |has been |have been )?(?:very |really |a bit |quite )?(?:tight|difficult|tough|hard)|tight (?:month|on cash|cash)|(?:struggling|struggle) (?:financially|to pay|with cash|with money|to make ends meet|to keep)|financial (?:difficult(?:y|ies)|hardship|trouble|problems?|strain|pressure)|(?:can't|cannot|can not) afford|(?:lost|losing|have lost) (?:a |our |my )?(?:biggest |major |main |largest |key )?(?:client|customer|contract|job)|(?:clients?|customers?) (?:haven't|have not|hasn't|has not|didn't|did not) paid (?:us|me)|(?:hard|tough|difficult|rough) (?:time|times|month|period|quarter|patch)|laid off|medical (?:emergency|bills)|in (?:the )?hospital|bankrupt(?:cy)?|insolven(?:t|cy)|going under|short on (?:cash|funds|money)|low on (?:cash|funds)`),
  rule('hardship', String.raw`(?:can't|cannot|can not|won't be able to|will not be able to|are unable to|am unable to|aren't able to) (?:pay|cover|settle) (?:the (?:full|whole|entire) (?:amount|invoice|balance)|(?:it |this )?(?:all|in full|right now|at the moment|at once|this month|everything))`, { negatable: false }),

  // ── plan_request ───────────────────────────────────────────────────────────
  rule('plan_request', String.raw`(?:en|a|por) (?:\d{1,2}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|varios|varias|unos|unas|algunos|algunas) (?:plazos|pagos|cuotas|mensualidades|partes|meses|abonos|pagos mensuales|cuotas mensuales)|(?:pagar|pago|pagarla|pagarlo|abonar|abonarla) (?:a plazos|en plazos|en cuotas|a cuotas|por partes|en partes|poco a poco|de a poco|mensualmente|cada mes)|(?:fraccionar|aplazar|diferir|prorratear|dividir|partir)(?:lo|la|le)? (?:el |la |los |las |del |en )?(?:pago|deuda|importe|factura|saldo|total|cobro|dos|tres|partes)|fraccionamiento|aplazamiento|pago fraccionado|pago aplazado|plan de pagos?|acuerdo de pagos?|calendario de pagos|(?:una parte|la mitad|parte|un adelanto|un anticipo|un abono) (?:ahora|este mes|hoy|ya)(?: y el resto| y lo demas| y otra)?|(?:\d+|[$€£] ?\d+) (?:al mes|por mes|mensuales|cada mes)|(?:mes a mes)`),
  rule('plan_request', String.raw`(?:payment|installment|instalment|repayment) (?:plan|schedule|arrangement|agreement)|in (?:\d{1,2}|two|three|four|five|six|several|a few) (?:installments|instalments|payments|parts|monthly payments|chunks|tranches|months)|(?:pay|paying|split|spread|break) (?:it |this |the (?:invoice|payment|balance|amount|bill|rest) )?(?:in|into|over|across) (?:installments|instalments|parts|\d{1,2}|two|three|four|five|six|several|a few|monthly)|(?:split|spread) (?:the |this |it |our )?(?:payments?|invoice|balance|amount|bill|cost)|(?:pay|paying) (?:half|part|some|a portion|a part) (?:of it |of the (?:invoice|balance|amount) )?(?:now|today|this month|upfront)|(?:[$€£] ?\d[\d,.]*|\d[\d,.]*) (?:a month|per month|each month|monthly)|monthly (?:payments|installments|instalments)|pay (?:it )?(?:off )?(?:monthly|in installments|in instalments|over time)`),

  // ── out_of_office ──────────────────────────────────────────────────────────
  rule('out_of_office', String.raw`fuera de (?:la )?oficina|(?:estare|estoy|estaremos|estamos|me encuentro|nos encontramos|estara|se encuentra) (?:ausente|fuera|de vacaciones|de viaje|de baja|de permiso|de licencia|sin acceso)|ausente (?:de la oficina|hasta|del)|(?:de|en|mis|nuestras) vacaciones (?:hasta|del|de navidad|navidenas)|(?:no estare|no estaremos|no estara) (?:disponible|en la oficina)|(?:acceso|con acceso) limitado (?:al|a mi|a) correo|(?:volvere|regresare|me reincorporo|me reincorporare|me incorporo|retomare|regreso|vuelvo|estare de vuelta|estare de regreso) (?:a la oficina |al trabajo )?(?:el|a partir del|el dia|el proximo|hasta el|en enero|manana|mañana)|respuesta automatica|mensaje automatico de ausencia|(?:permiso|baja|licencia) (?:de|por) (?:maternidad|paternidad|enfermedad)`),
  rule('out_of_office', String.raw`out of (?:the )?office|(?:i am|i'm|we are|we're|i will be|i'll be|currently|she is|he is) (?:currently )?(?:away|on (?:annual |parental |maternity |paternity |sick )?(?:leave|vacation|holiday|holidays|pto)|travel(?:l)?ing|out of town|off work)|on (?:annual|parental|maternity|paternity|sick) leave|(?:limited|no) access to (?:my )?e-?mail|(?:i will|i'll|we will|we'll) (?:be )?(?:back|return|returning)|(?:returning|back) (?:on|to the office|in the office)|auto-?reply|automatic reply|autoreply|away from (?:the office|my desk)`, { negatable: false }),
];

/** Words that put a payment under a condition: a conditional promise is not a promise. */
export const conditional = words(String.raw`si(?= [a-z])(?! no\b)|en cuanto (?:la|lo|salga|salgan|este|esten|nos|me|le|les|te|se|cobre|cobremos|recibamos|reciba|tengamos|tenga|entre|entren|llegue|lleguen|pueda|podamos|nos paguen)|cuando (?:nos|me|cobremos|cobre|recibamos|reciba|tengamos|tenga|entre|entren|llegue|lleguen|nos paguen|pueda|podamos)|siempre (?:y )?que|siempre y cuando|a condicion de|dependiendo de|depende de|una vez (?:que )?(?:nos|cobremos|recibamos|tengamos|entre|llegue|se resuelva)|tan pronto (?:como )?(?:nos|cobremos|recibamos|tengamos|entre|llegue|pueda|podamos)|en (?:el )?caso de que|if|as soon as (?:we|i|our|the|they|it|funds|payment|money)|once (?:we|i|our|the|they|funds|payment|money)|when (?:we|i|our|the client|they|funds|payment|money) (?:get|receive|are paid|get paid|collect|come|comes|arrive|arrives|clear|clears)|provided (?:that )?|assuming|depending on|unless|subject to|pending`);
/** Words that hedge: "intentaremos", "we'll try", "lo reviso". */
export const hedge = words(String.raw`intentaremos|intentare|intentamos|vamos a intentar|voy a intentar|trataremos|tratare|vamos a tratar|voy a tratar|procuraremos|procurare|a ver si|espero (?:poder|que)|esperamos (?:poder|que)|ojala|quizas?|tal vez|a lo mejor|posiblemente|probablemente|igual (?:podemos|puedo|podriamos)|lo reviso|lo revisamos|lo miro|lo miramos|lo consulto|lo consultamos|lo consultare|lo vemos|lo veo|no se si|no sabemos si|no estoy segur[oa]|no puedo prometer|no podemos prometer|no le puedo asegurar|no te puedo asegurar|si todo va bien|si dios quiere|try to|trying to|will try|'ll try|attempt to|hope to|hoping to|hopefully|we hope|i hope|might|may be able|maybe|perhaps|possibly|probably|should be able|let me check|i'll check|we'll check|will check|look into|we'll see|not sure|can't promise|cannot promise|no guarantee|aim to|aiming to|ideally`);
/** A negation close before a match: "no vamos a pagar", "we won't pay", "never promised". */
export const negation = /(?<![\w])(?:no|nunca|jamas|tampoco|ni|not|never|cannot|no longer|unable to)(?![\w])|n't(?![\w])/;
/** Negations that do not negate what follows: "no se preocupe, le pagamos el viernes". */
export const harmlessNegation = /(?<![\w])(?:no (?:se preocupe|se preocupen|te preocupes|os preocupeis|hay (?:problema|inconveniente|drama)|dude|dudes|duden|olvide|olvides)|no problem|no worries|not a problem|don't worry|do not worry|no doubt)(?![\w])/g;
