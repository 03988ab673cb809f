import { describe, expect, it } from 'vitest';
import { type FilterFlag, suggestFilterFlags } from '../../src/domain/filters';

/*
 * How people really phrase the requests the preliminary filtering flags (lesson 10), in Spanish and
 * English, and the operational texts of real Mesas that must not be flagged.
 */

type Row = [text: string, flags: FilterFlag[]];

const declaratory: Row[] = [
  ['Declarar de interés nacional y prioritario el desarrollo de la acuicultura', ['declaratory']],
  ['Declarar a la industria farmacéutica como prioridad estratégica nacional', ['declaratory']],
  ['Que se declare de necesidad pública la construcción del puerto de Paita', ['declaratory']],
  ['Declaratoria de emergencia del sector pesquero artesanal', ['declaratory']],
  ['Declaratoria de necesidad pública de la carretera Iquitos-Saramiriza', ['declaratory']],
  ['Declarar zona de interés turístico el valle del Colca', ['declaratory']],
  ['Declárese prioritaria la reforestación de tierras degradadas', ['declaratory']],
  ['Declarar en emergencia la actividad cafetalera por la roya', ['declaratory']],
  ['La acuicultura debe ser declarada actividad estratégica nacional', ['declaratory']],
  ['Que el Congreso declare a la palta como producto estratégico', ['declaratory']],
  ['La prioridad nacional declarada por ley para la industria forestal', ['declaratory']],
  ['El sector acuícola declarado estratégico', ['declaratory']],
  ['Una declaración de interés regional para la cadena del cacao', ['declaratory']],
  ['Aprobar una ley declarativa sobre la pesca artesanal', ['declaratory']],
  ['Declare the pharmaceutical industry a national strategic priority', ['declaratory']],
  ['The aquaculture sector should be declared of national interest', ['declaratory']],
  ['Recognise forestry as a national strategic sector', ['declaratory']],
  ['Declare a state of emergency in the fishing sector', ['declaratory']],
  ['A law declaring the cocoa chain a priority', ['declaratory']],
  ['Designate logistics as a strategic industry for the country', ['declaratory']],
  ['Forestry is a priority declared by the government', ['declaratory']],
  ['Make aquaculture a national priority', ['declaratory']],
];

const subsidy: Row[] = [
  ['Bono para los productores de papa afectados por las heladas', ['subsidy']],
  ['Transferencias directas a productores de café', ['subsidy']],
  ['Fondo no reembolsable para la renovación de cafetales', ['subsidy']],
  ['Apoyo económico directo a los pescadores durante la veda', ['subsidy']],
  ['Que el Estado asuma el costo de la certificación orgánica', ['subsidy']],
  ['Precio de refugio para el arroz', ['subsidy']],
  ['Entrega gratuita de semillas certificadas a los agricultores', ['subsidy']],
  ['Tasas de interés subsidiadas para pequeños productores', ['subsidy']],
  ['A grant for every hectare reforested', ['subsidy']],
  ['Cash transfer to farmers hit by El Niño', ['subsidy']],
  ['State funding to cover the cost of organic certification', ['subsidy']],
  ['Financial support from the government to pay for freight', ['subsidy']],
  ['Direct payments to smallholders for each tonne exported', ['subsidy']],
  ['The government should pay the freight costs of exporters', ['subsidy']],
];

const taxExemption: Row[] = [
  ['Exoneración del IGV a la venta de madera', ['tax_exemption']],
  ['Que se exonere del ISC al petróleo para las embarcaciones pesqueras', ['tax_exemption']],
  ['Reducción del impuesto a la renta para las empresas acuícolas', ['tax_exemption']],
  ['Reducir la carga tributaria de las MYPE', ['tax_exemption']],
  ['Tasa cero de aranceles para la importación de alimento balanceado', ['tax_exemption']],
  ['Libre de impuestos para la Amazonía', ['tax_exemption']],
  ['Régimen tributario especial para la Amazonía', ['tax_exemption']],
  ['Equipos inafectos al IGV para los viveros', ['tax_exemption']],
  ['Depreciación acelerada para la maquinaria de aserrío', ['tax_exemption']],
  // a refund of taxes asked for as a benefit
  ['Ampliar el drawback al 5% para las exportaciones de madera', ['tax_exemption']],
  ['Mantener la tasa de drawback en 4%', ['tax_exemption']],
  ['Devolución de impuestos a los exportadores', ['tax_exemption']],
  ['Que se devuelva el IGV a los acuicultores', ['tax_exemption']],
  ['A ten-year tax holiday for new plantations', ['tax_exemption']],
  ['VAT exemption on fishing nets', ['tax_exemption']],
  ['Zero tariff on imported fish feed', ['tax_exemption']],
  ['Duty-free import of processing equipment', ['tax_exemption']],
  ['Lower import duties on fertilizer', ['tax_exemption']],
  ['Restore the duty drawback for non-traditional exports', ['tax_exemption']],
];

const several: Row[] = [
  [
    'Declarar de interés nacional la acuicultura y exonerarla del impuesto a la renta',
    ['tax_exemption', 'declaratory'],
  ],
  [
    'Declare aquaculture a national priority and give farmers a grant and a tax break',
    ['subsidy', 'tax_exemption', 'declaratory'],
  ],
];

/** Concrete, operational texts: a deadline, a procedure, a regulation, a form. */
const operational: Row[] = [
  ['Reducir el plazo de la licencia sanitaria de DIGESA de 90 a 30 días', []],
  // the existing refund runs late: a bottleneck to fix, not a request for a new benefit
  ['SUNAT demora la devolución del drawback', []],
  ['SUNAT tarda en devolver el IGV a los exportadores', []],
  ['La devolución de impuestos tarda 6 meses', []],
  ['Ampliar el plazo de la devolución del drawback a 10 días hábiles', []],
  ['The main drawback of the new system is the paper form', []],
  ['Publicar el reglamento de la ley de acuicultura', []],
  ['Set up a single window for export permits', []],
  ['Train customs officers on the new procedure', []],
  ['La prioridad de la mesa es el puerto', []],
  ['Interest rates for small producers are too high', []],
  ['Declaración jurada simplificada para exportadores', []],
  ['Reemplazar la carta náutica obligatoria por una declaración jurada', []],
  ['Declaración de Impacto Ambiental (DIA) demora 120 días', []],
  ['The customs declaration takes 5 days', []],
  ['El importador debe declarar la carga prioritaria en la DUA', []],
  ['Inspección en origen débil: OSINFOR no reconoce la legalidad declarada por la autoridad regional', []],
  ['Plan Estratégico Nacional Exportador: actualizar las metas', []],
  ['Exonerar a la acuicultura del permiso de vertimiento', []],
  ['Exonerar del requisito de inspección previa a los envíos de menos de una tonelada', []],
  ['Proceso de selección exonerado por emergencia', []],
  ['Exonerated from liability for damages', []],
  ['SUNAT no reconoce el crédito fiscal de las facturas electrónicas', []],
  ['Reducir el tiempo de pago de impuestos en aduanas', []],
  ['Reduce tax paperwork for small exporters', []],
  ['Reduce customs clearance time for perishable cargo', []],
  ['Tratado de libre comercio con aranceles altos', []],
  ['Crédito a tasa 0% de interés para viveristas', []],
  ['Venta de bonos de carbono de las concesiones forestales', []],
  ['La subsidiaria peruana de la naviera no responde', []],
  ['Transferencia directa de tecnología a los productores de cacao', []],
  ['Speed up the grant of fishing licences', []],
  ['Grant permits for fish farms in 30 days instead of 180', []],
  ['Registro de plantaciones tarda 6 a 12 meses', []],
  ['Guía de remisión electrónica emitida por SERFOR', []],
];

describe('the phrasings the preliminary filtering flags', () => {
  it.each(declaratory)('declaratory: %s', (text, flags) => {
    expect(suggestFilterFlags(text)).toEqual(flags);
  });

  it.each(subsidy)('subsidy: %s', (text, flags) => {
    expect(suggestFilterFlags(text)).toEqual(flags);
  });

  it.each(taxExemption)('tax exemption: %s', (text, flags) => {
    expect(suggestFilterFlags(text)).toEqual(flags);
  });

  it.each(several)('several at once: %s', (text, flags) => {
    expect(suggestFilterFlags(text)).toEqual(flags);
  });

  it.each(operational)('nothing for an operational text: %s', (text, flags) => {
    expect(suggestFilterFlags(text)).toEqual(flags);
  });

  it('reads the title and the description together, never across them', () => {
    expect(suggestFilterFlags('Costos de flete', 'Los transportistas piden un bono por viaje')).toEqual([
      'subsidy',
    ]);
    // a declaration in the title and a priority in the description do not make a declaratory request
    expect(suggestFilterFlags('Qué declarar en la aduana', 'Prioridad de la carga perecible')).toEqual([]);
  });
});

describe('the flags of a text already seen', () => {
  it('are the same on every call, in a new array that callers may change', () => {
    const text = 'Declarar de interés nacional la certificación y otorgar un subsidio a las auditorías';
    const first = suggestFilterFlags(text);
    expect(first).toEqual(['subsidy', 'declaratory']);
    first.splice(0, first.length, 'tax_exemption');
    const again = suggestFilterFlags(text);
    expect(again).toEqual(['subsidy', 'declaratory']);
    expect(again).not.toBe(suggestFilterFlags(text));
    again.length = 0;
    expect(suggestFilterFlags(text)).toEqual(['subsidy', 'declaratory']);
  });

  it('do not depend on how many other texts were asked about in between', () => {
    const text = 'Exoneración del IGV a la venta de madera';
    expect(suggestFilterFlags(text)).toEqual(['tax_exemption']);
    const others = Array.from({ length: 5000 }, (_, i) =>
      suggestFilterFlags(`Bono para los pescadores de la caleta ${i}`).join(),
    );
    expect(new Set(others)).toEqual(new Set(['subsidy']));
    expect(suggestFilterFlags(text)).toEqual(['tax_exemption']);
    expect(suggestFilterFlags('Publicar el reglamento', null, undefined, '')).toEqual([]);
  });
});
