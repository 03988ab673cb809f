import { type FilterFlag, filterFlags } from './filter-flags';
import { foldText } from './search-text';

/**
 * The preliminary filtering of section 4.5 d and lesson 10: a problem or solution that asks for a
 * subsidy or a tax exemption, or that is merely declaratory ("declare the sector a national priority"),
 * is flagged with the litmus question. Flags are advice the team confirms, never blocks.
 */
export { type FilterFlag, filterFlags } from './filter-flags';

/*
 * The patterns read folded text (lower case, no accents, runs of spaces made one) in Spanish and English.
 * Requests are phrased freely ("Declarar a la industria farmacéutica como prioridad estratégica nacional",
 * "Declare the pharmaceutical industry a national strategic priority"), so a pattern names the words that
 * carry the request by their stems and lets a few other words stand between them, never across the end
 * of a sentence. What the patterns leave out on purpose:
 *
 * - declaratory: a sworn statement ("declaración jurada") or a customs declaration is a form, not a
 *   declaration of priority; "prioridad" or "interés" alone ("la prioridad de la mesa es el puerto",
 *   "interest rates are too high") is not one either. A declaration needs its object: national, public
 *   or strategic interest, priority, public necessity, emergency, a strategic sector.
 * - subsidy: a subsidiary company and the subsidiary role of the State ("rol subsidiario") are not
 *   subsidies; nor are carbon, green or sovereign bonds, the grant of a licence or technology transfer.
 * - tax_exemption: exempting someone from a requirement, a procedure or a permit ("exonerar del permiso
 *   de vertimiento") is a simplification, not a tax exemption. A refund of taxes already paid (drawback,
 *   the IGV refund of exporters) is an existing procedure: its delays ("SUNAT demora la devolución del
 *   drawback") are an operational bottleneck and are not flagged; asking to grant, raise, extend or
 *   restore such a refund is a fiscal benefit and is flagged. The IGV credit ("crédito fiscal") is the
 *   ordinary working of the tax, not a benefit.
 */

/**
 * What stands between two words: spaces and light punctuation, not the end of a sentence. Spelled with
 * ASCII ranges (the text is folded to lower case): V8 compiles a negated `\w` many times slower.
 */
const separator = String.raw`[^a-z0-9_.;:!?\n]+`;

/** Up to `n` words, each followed by spaces or light punctuation, without crossing the end of a sentence. */
const gap = (n: number) => String.raw`(?:\w+${separator}){0,${n}}`;

/** Like `gap`, but none of the words may be one of `not`: "ampliar el plazo de la devolución" is no request for more refund. */
const gapWithout = (n: number, not: string) => String.raw`(?:(?!(?:${not})\b)\w+${separator}){0,${n}}`;

/** The names of taxes and duties. */
const taxWords = 'igv|isc|impuestos?|tributos?|aranceles?|renta|tax|taxes|vat|duty|duties|tariffs?';

/** Words that tell of how an existing procedure runs (its delays, its steps), rather than of a new benefit. */
const procedureWords = String.raw`(?:demora\w*|demoran?|tarda\w*|retras\w*|atras\w*|agiliz\w*|aceler\w*|simplific\w*|plazos?|tramites?|procedimientos?|solicitud(?:es)?|expedientes?|pendientes?|dias|meses|lent[oa]s?|delay\w*|slow\w*|takes?|took|taking|backlogs?|procedures?|process\w*|speed\w*|faster|days|months|pending|applications?|paperwork)`;

/**
 * A regular expression from raw source, so that `\b` and `\w` need no doubling. A `\b` that opens the
 * pattern or an alternative stays, so the search skips quickly to where a match can start; every other
 * one becomes the one-sided test it stands for there (no word character before a word, none after it).
 * The matches are the same, but V8 compiles a word boundary inside a long alternation slowly: tens of
 * milliseconds a pattern, against a few for all of them this way.
 */
const re = (source: TemplateStringsArray, ...parts: string[]) =>
  new RegExp(
    String.raw(source, ...parts).replace(/([\s\S])\\b/g, (whole, before: string) =>
      before === '|' ? whole : /[\w)?*+}\]]/.test(before) ? `${before}(?!\\w)` : `${before}(?<!\\w)`,
    ),
  );

// Declaratory: the verb, its object, and the words that stand for both.
const declareVerb = String.raw`\bdeclar(?:a|an|ar|ara|aran|aron|arla|arlo|arlas|arlos|ase|asen|e|en|ese|esen|o|ado|ada|ados|adas|ando|atoria|atorias|es|ed|ing)\b`;
const declareNoun = String.raw`\b(?:declaracion(?:es)?|declarations?) (?:de|del|como|of|as|that|que)\b`;
const qualifier = String.raw`(?:nacional(?:es)?|public[oa]s?|regional(?:es)?|estrategic[oa]s?|turistic[oa]s?|prioritari[oa]s?|preferente|sectorial|national|public|regional|strategic|state)\b`;
const sectorNoun =
  '(?:sector|actividad|industria|cadena|cultivo|producto|zona|area|proyecto|obra|industry|industries|activity|crop|product|project|zone)(?:es|s)?';
/** What a declaration declares, named fully: national or strategic interest or priority, public necessity, an emergency. */
const declared = [
  String.raw`\b(?:interes|prioridad(?:es)?|necesidad|utilidad) ${gap(2)}${qualifier}`,
  String.raw`\bemergencia\b`,
  String.raw`\b${sectorNoun} ${gap(1)}(?:estrategic|prioritari)\w*`,
  String.raw`\bdia nacional\b`,
  String.raw`\b(?:national|public|regional|strategic|state) ${gap(2)}(?:priorit(?:y|ies)|interest|importance|necessity|need|sectors?|industry|industries|activity|assets?|emergency)\b`,
  String.raw`\b(?:strategic|priority) ${sectorNoun}\b`,
  String.raw`\bemergency\b`,
].join('|');
/** The same in a word, right after the verb or an article: "declarar prioritaria la acuicultura", "declare it a priority". */
const declaredBriefly = String.raw`(?:prioridad(?:es)?|prioritari[oa]s?|estrategic[oa]s?|priorit(?:y|ies)|strategic)\b`;

const patterns: Record<FilterFlag, RegExp[]> = {
  subsidy: [
    // subsidio, subsidiar, subsidiado, subsidy, subsidies, subsidised; not subsidiaria, subsidiary, subsidiarity
    re`\bsubsidy\b|\bsubsidi(?!ari[ao]s?\b|ary\b|aries\b|arity\b|ariedad\b)\w*`,
    re`\bsubvencion\w*`,
    // "bono" as a transfer to people; not bonds
    re`\bbonos?\b(?<!\b(?:emision|emitir|colocacion|colocar|mercado|pro) (?:de )?bonos?)(?! (?:de carbono|soberan|corporativ|verdes?\b|del tesoro|sostenibles?\b|sociales\b|tematic|de deuda|de reconocimiento|globales\b|demografic))`,
    re`\btransferencias? (?:monetaria|de dinero|en efectivo|economica)s?\b`,
    re`\btransferencias? directas? (?:de (?:dinero|recursos|fondos) )?(?:a|para) ${gap(2)}(?:productor|agricultor|pescador|acuicultor|ganader|campesin|empresa|exportador|transportista|familia|hogar|beneficiari|artesan|mype|pyme|comunidad|emprendedor|concesionari|viverista)\w*`,
    re`\bno reembolsables?\b|\bnon-?(?:refundable|reimbursable)\b`,
    re`\b(?:apoyo|ayuda|compensacion|incentivo|auxilio)s? (?:economic|monetari|dinerari)\w*`,
    re`\bapoyos? financieros? (?:directos?|del estado|estatal(?:es)?|del gobierno)\b`,
    re`\b(?:estado|gobierno|tesoro publico|fisco)\b ${gap(2)}(?:asum|cubr|pag|financ|coste|compens|absorb)\w* ${gap(3)}(?:costo|gasto|flete|sobrecosto|perdida|precio|tarifa|planilla)s?\b`,
    re`\bprecios? (?:de refugio|de garantia|minimos? garantizados?|de sosten|de sustentacion)\b`,
    re`\b(?:entrega|reparto|distribucion|dotacion)\w* gratuit\w*|\b(?:semillas?|fertilizantes?|insumos?|combustibles?|alevinos?|plantones?|abonos?) (?:gratuit\w*|gratis)\b`,
    re`\b(?:a|an|direct|cash|matching|non-?refundable|competitive|one-off|start-?up|investment|public) grants?\b(?! of\b)`,
    re`\bgrants? (?:programs?|programmes?|schemes?|funding|money|funds?)\b`,
    re`\bgrants? for ${gap(2)}(?:farmers|producers|fishers|fishermen|growers|exporters|companies|firms|households|families|smallholders|businesses|smes)\b`,
    re`\bcash (?:transfer|payment|handout|support|grant|aid|bonus|incentive)s?\b`,
    re`\bdirect (?:payment|transfer|cash)s? ${gap(1)}to ${gap(2)}(?:farmers|producers|fishers|fishermen|growers|exporters|companies|firms|households|families|smallholders|businesses)\b`,
    re`\b(?:state|government|public|treasury) ${gap(1)}(?:funding|money|funds|support|aid|payments?) ${gap(3)}(?:cover|pay|compensate|offset|reimburse|absorb|subsidi[sz]e)\b`,
    re`\b(?:financial|economic|monetary) (?:support|aid|assistance|help|compensation) ${gap(3)}(?:from|by) (?:the )?(?:government|state|treasury|ministry|public)\b`,
    re`\b(?:government|state|treasury) (?:should |must |to |will |would |could )?(?:pay|cover|absorb|bear|finance|fund) (?:for )?${gap(3)}(?:costs?|fees?|freight|prices?|loss|losses|bills?)\b`,
    re`\bhandouts?\b|\bbail-?outs?\b|\bprice supports?\b|\bguaranteed (?:minimum )?prices?\b`,
    re`\bfree (?:seeds?|fertili[sz]ers?|inputs|fuel|fingerlings|seedlings|feed)\b`,
  ],
  tax_exemption: [
    // exonerar, exonere, exoneración, exonerado; not from a requirement, a procedure or a permit, nor a
    // procurement; not the English "exonerated" (cleared of blame)
    re`\bexoner(?<!\b(?:proceso|procesos|contratacion|contrataciones|compra|compras|adquisicion|adquisiciones)(?: \w+){0,2} exoner)(?!at)\w*\b(?! ${gapWithout(4, taxWords)}(?:de|del) (?:la |los |las |el )?(?:\w+ )?(?:requisito|tramite|procedimiento|proceso|licitacion|concurso|seleccion|inspeccion|visita|certificad|licencia|permiso|autorizacion|registro|evaluacion|estudio|responsabilidad|cargo|examen)\w*\b)`,
    re`\b(?:exencion|exenciones|exent[oa]s?) ${gap(3)}(?:tribut|fiscal|impuest|igv|isc|renta|arancel|aduaner|ad valorem)\w*`,
    // free of taxes; not free trade with tariffs
    re`\b(?:liberad[oa]s?|libres?) (?:de|del) (?:pago (?:de |del )?)?(?:los |las |el |la )?(?:impuestos?|igv|isc|aranceles?|tributos?|derechos arancelarios)\b`,
    re`\binafect\w*`,
    re`\b(?:beneficio|incentivo|credito|estimulo|ventaja|privilegio|exoneracion)s? (?:tributari|arancelari)\w*`,
    re`\b(?:beneficio|incentivo|estimulo|ventaja|privilegio)s? fiscal(?:es)?\b`,
    re`\b(?:regimen|regimenes|tratamiento)s? (?:tributari|fiscal|arancelari)\w* ${gap(1)}(?:especial|preferencial|diferenciad|promocional|promotor)\w*`,
    re`\b(?:reduccion|reducir|reduzca|reduzcan|rebaja|rebajar|rebajen|disminucion|disminuir|bajar|bajen|baje|recorte|recortar|eliminacion|eliminar|eliminen|supresion|suprimir|derogacion|derogar) ${gapWithout(3, 'evasion|elusion|contrabando|plazo|plazos|tiempo|tiempos|demora|dias|tramite|tramites|procedimiento|procedimientos|formulario|formularios|declaracion|cobranza|cobro|cobros|fiscalizacion|recaudacion|administrativa|requisito|requisitos|documentos|cumplimiento|informalidad')}(?:impuestos?|igv|isc|aranceles?|arancelari\w*|tributos?|tributari\w*|alicuotas?|ad valorem)\b`,
    // zero tariff or tax; not a loan at zero interest
    re`\b(?:arancel(?:es)?|igv|impuestos?|ad valorem) (?:de )?(?:cero|0 ?%)|\btasa (?:de )?(?:cero|0 ?%) ${gap(2)}(?:arancel|impuest|igv|tribut|ad valorem)\w*`,
    re`\bdepreciacion acelerada\b|\baccelerated depreciation\b`,
    re`\btax (?:exemptions?|exempt|breaks?|holidays?|relief|credits?|incentives?|benefits?|waivers?|cuts?|rebates?|concessions?|privileges?|free)\b|\btax-(?:exempt|free)\b`,
    re`\b(?:vat|igv|duty|tariff|customs duty|import duty|income tax|sales tax)[- ](?:exempt\w*|waivers?|holidays?|relief|free)\b`,
    re`\bexempt\w* ${gap(2)}(?:from|of|on) ${gap(2)}(?:tax(?:es)?|vat|igv|dut(?:y|ies)|tariffs?|levies)\b`,
    re`\bzero[- ](?:tariffs?|duty|duties|vat|rated|tax(?:es)?|import dut(?:y|ies))\b`,
    re`\b(?:special|preferential|reduced) (?:tax|vat|tariff|duty) (?:regimes?|rates?|treatment)\b`,
    re`\b(?:reduc\w*|lower|lowering|cut|cuts|cutting|slash\w*|eliminat\w*|abolish\w*|scrap\w*|waiv\w*|remov\w*) ${gapWithout(3, 'evasion|avoidance|smuggling|time|times|delay|delays|days|paperwork|procedure|procedures|forms?|filing|collection|clearance')}(?:tax(?:es)?|vat|tariffs?|dut(?:y|ies)|levy|levies)\b(?! (?:stamps?|id|numbers?|returns?|forms?|office|offices|authority|code|registration|filing|declarations?|inspectors?|paperwork|procedures?|compliance|audits?|inspections?|records?|documents?|processing|clearance|officers?|officials?|administration)\b)`,
    // a refund asked to be granted, raised, extended or restored; not the delays of the existing one
    re`\b(?:otorgar|otorgue|otorguen|otorgamiento|ampliar|amplie|amplien|ampliacion|aumentar|aumente|aumenten|aumento|elevar|eleve|eleven|incrementar|incremente|incrementen|incremento|restablecer|restablezca|restablezcan|restablecimiento|reponer|reponga|repongan|extender|extienda|extiendan|extension|mantener|mantenga|mantengan|duplicar|duplique|dupliquen|grant|increase|raise|extend|restore|reinstate|introduce|expand|double|keep) ${gapWithout(4, 'plazo|plazos|tiempo|demora|tramite|procedimiento|pago|proceso|atencion|expediente|time|delay|procedure|processing|payment|paperwork')}(?:drawback|restitucion ${gap(2)}(?:derechos|aranceles)|(?:devolucion|reintegro|reembolso)\w* ${gap(2)}(?:impuestos?|igv|isc|tributos?|tributari\w*|aranceles?|derechos arancelarios)|(?:tax|vat|duty|tariff|customs) (?:refund|rebate|drawback)s?)\b`,
    // a refund of taxes named as such, unless the words around it are about how the existing one runs
    re`\b(?=devolucion|reintegro|reembolso|restitucion|tax|vat|duty|tariff|customs)(?<!\b${procedureWords}\b(?: \w+){0,3} )(?:(?:devolucion|reintegro|reembolso)(?:es)? (?:de |del )(?:los )?(?:impuestos|tributos|aranceles|derechos arancelarios)|reintegros? tributarios?|restitucion ${gap(1)}(?:de )?(?:derechos|aranceles)|(?:tax|vat|duty|tariff|customs) (?:refund|rebate)s?|duty drawback)\b(?! ${gap(4)}${procedureWords}\b)`,
    re`\b(?:crear|creacion|establecer|establezca|establezcan|create|establish) ${gap(2)}(?:un |una |a )?(?:drawback|(?:devolucion|reintegro) ${gap(2)}(?:impuestos?|igv|tributos?|aranceles?)|(?:tax|vat|duty) (?:refund|rebate)s?)\b`,
    re`\bque (?:se )?(?:les? )?(?:devuelva|devuelvan|reintegre|reintegren) ${gap(3)}(?:impuestos?|igv|isc|aranceles?|tributos?)\b|(?:^|[\n.;:] ?)(?:devolver|reintegrar) ${gap(3)}(?:impuestos?|igv|isc|aranceles?|tributos?)\b`,
  ],
  declaratory: [
    re`${declareVerb} ${gap(6)}(?:${declared})`,
    re`${declareVerb} (?:(?:como|de|a|al|en|lo|la|los|las|el|una?|as|an?|the) ){0,2}${declaredBriefly}`,
    re`${declareVerb} ${gap(4)}(?:a|as|como|en) (?:una? |a )?(?:top |high |key |alta |maxima )?(?:priority|prioridad)\b`,
    re`${declareNoun} ${gap(3)}(?:${declared})`,
    re`\b(?:designa|designar|designe|designen|designate|designated|designating|reconoc\w*|recogni[sz]\w*) ${gap(5)}(?:${declared})`,
    // "prioridad ... declarada": the object first, the declaration after
    re`\b(?:prioridad(?:es)?|priorit(?:y|ies)|(?:interes|necesidad|interest) ${gap(1)}${qualifier}|${sectorNoun} ${gap(1)}(?:estrategic|prioritari|strategic)\w*) ${gap(3)}(?:declarad[oa]s?|declared)\b`,
    // standing alone, these name a declaration already
    re`\bprioridad(?:es)? (?:\w+ )?nacional(?:es)?\b|\binteres nacional\b`,
    re`\b(?:sector|actividad|industria|cadena)(?:es|s)? (?:\w+ )?(?:estrategic|prioritari)\w* (?:\w+ )?(?:nacional|del pais)\b`,
    re`\bnational (?:\w+ )?priorit(?:y|ies)\b|\bnational interest\b|\b(?:national strategic|strategic national) (?:sectors?|industry|industries|activity|activities|priority|priorities)\b`,
    re`\b(?:ley|leyes|norma|normas|decreto|decretos|ordenanza|ordenanzas|resolucion|resoluciones|pedido|meramente)\b ${gap(1)}declarativ\w*|\b(?:merely |purely )?declaratory (?:laws?|rules?|statements?|norms?|decrees?|requests?)\b|\bmerely declaratory\b`,
  ],
};

/** The flags of one text, worked out afresh. */
function matchFlags(text: string): FilterFlag[] {
  const folded = foldText(text).replace(/[^\S\n]+/g, ' ');
  return filterFlags.filter((flag) => patterns[flag].some((p) => p.test(folded)));
}

/*
 * The flags depend only on the text, and the Matrix asks for those of every problem and solution on every
 * read, so the flags of recent texts are kept and worked out again only when a text changes: at most
 * `memoEntries` texts of `memoChars` characters in all, the oldest forgotten first. A text longer than a
 * sixteenth of that is worked out each time.
 */
const memoEntries = 4096;
const memoChars = 4_000_000;
const memo = new Map<string, readonly FilterFlag[]>();
let memoSize = 0;

function remember(text: string, flags: readonly FilterFlag[]): void {
  if (text.length > memoChars / 16) return;
  memo.set(text, flags);
  memoSize += text.length;
  for (const oldest of memo.keys()) {
    if (memo.size <= memoEntries && memoSize <= memoChars) break;
    memo.delete(oldest);
    memoSize -= oldest.length;
  }
}

/** The flags a text suggests; the team confirms or dismisses each suggestion. A new array on each call. */
export function suggestFilterFlags(...texts: (string | null | undefined)[]): FilterFlag[] {
  const text = texts.filter(Boolean).join('\n');
  if (!text) return [];
  let flags = memo.get(text);
  if (!flags) {
    flags = Object.freeze(matchFlags(text));
    remember(text, flags);
  }
  return [...flags];
}

/** A record's confirmed and dismissed flags. */
export interface FlagState {
  confirmed: FilterFlag[];
  dismissed: FilterFlag[];
}

const known = (flags: readonly string[]) =>
  [...new Set(flags)].filter((f): f is FilterFlag => (filterFlags as readonly string[]).includes(f));

/**
 * The confirmed and dismissed flags after a change. A flag is never both: confirming a dismissed flag
 * takes it off the dismissed list, dismissing a confirmed one takes it off the confirmed list (the
 * latest decision of the team wins). When one change both confirms and dismisses a flag, the flag is
 * returned in `conflicts` and the change must be refused.
 */
export function reconcileFlags(
  stored: { confirmed: readonly string[]; dismissed: readonly string[] },
  change: { confirmed?: readonly string[] | undefined; dismissed?: readonly string[] | undefined },
): FlagState & { conflicts: FilterFlag[] } {
  const confirmed = known(change.confirmed ?? stored.confirmed);
  const dismissed = known(change.dismissed ?? stored.dismissed);
  const both = confirmed.filter((f) => dismissed.includes(f));
  if (change.confirmed && change.dismissed) return { confirmed, dismissed, conflicts: both };
  if (change.confirmed)
    return { confirmed, dismissed: dismissed.filter((f) => !both.includes(f)), conflicts: [] };
  return { confirmed: confirmed.filter((f) => !both.includes(f)), dismissed, conflicts: [] };
}

/** The suggestions still open: what the text suggests, less what the team confirmed or dismissed. */
export function openSuggestions(
  suggested: readonly FilterFlag[],
  confirmed: readonly string[],
  dismissed: readonly string[],
): FilterFlag[] {
  return suggested.filter((f) => !confirmed.includes(f) && !dismissed.includes(f));
}
