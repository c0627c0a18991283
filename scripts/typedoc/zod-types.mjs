// @ts-check
/**
 * TypeDoc plugin: the data types of @thidua/schemas as readers should see them.
 * (TypeDoc converts a type it meets inside another one without a hook for
 * plugins; what this plugin names is what passes through
 * `converter.convertType`: properties, parameters, return types and their
 * unions, arrays and type arguments.)
 *
 * A data type is declared once as its schema and a type of the same name:
 * `export interface Proposal extends z.infer<typeof Proposal> {}` for an
 * object (it cannot drift from the schema), `export type Outcome =
 * z.infer<typeof Outcome>` for a union or a scalar. Left alone, TypeDoc shows
 * the first as an interface "extending output<typeof Proposal>" whose
 * properties are "inherited from z.infer", every nested object spelled out
 * in full, and the second as `output<typeof Outcome>`. This plugin
 *
 * - writes a nested object that is a named data type as a link to it
 *   (`unit: OrganisationUnit`, `items: IndicatorProgress[]`,
 *   `finalReview: AwardRound | null`, `Promise<IndicatorDetail>`): the
 *   checker gives both the same type. So does a schema's input
 *   (`z.input<typeof X>`, what the SDK takes) when it accepts exactly X's
 *   values, and a schema without a type of its own whose values a zod-free
 *   type of the package describes (`RankingEntry`, `RankingGroup`);
 * - shows such an interface with its own properties (no `extends`, no
 *   "inherited from"), and a `z.infer` alias as the union or type it is;
 * - gives a data type without a comment of its own the schema's comment, and
 *   each schema (the `const`) the type `ZodMiniType<Name>` instead of the
 *   whole zod structure, linked to its data type.
 */
import { ArrayType, Converter, IntrinsicType, makeRecursiveVisitor, ReferenceType, ReflectionFlag, ReflectionKind, TypeScript as ts, UnionType } from 'typedoc';

/** `z.infer<typeof X>` or `z.output<typeof X>`: the type of schema X's parsed values. */
const INFERRED = /^z\.(?:infer|output)<typeof (\w+)>$/;

/** @param {import('typedoc').Application} app */
export function load(app) {
  /** @type {WeakMap<ts.Program, Map<ts.Type, ts.Symbol | null>>} */
  const namedTypes = new WeakMap();

  /**
   * Every data type of the program, by the checker's type of its schema's
   * output (the same object wherever that output is nested).
   * @param {import('typedoc').Context} context
   */
  const namesOf = (context) => {
    const program = context.program;
    let names = namedTypes.get(program);
    if (names) return names;
    names = new Map();
    const checker = program.getTypeChecker();
    for (const file of program.getSourceFiles()) {
      if (file.isDeclarationFile) continue;
      for (const statement of file.statements) {
        const inferred = inferredType(statement);
        if (!inferred) continue;
        const symbol = checker.getSymbolAtLocation(/** @type {ts.DeclarationStatement} */ (statement).name ?? statement);
        if (!symbol) continue;
        const type = checker.getTypeFromTypeNode(inferred);
        if (!isPlainObject(checker, type) && !isNamedUnion(type)) continue;
        // two data types of one shape: neither name is the right one to show
        names.set(type, names.has(type) ? null : symbol);
        // What a caller gives (`z.input<typeof X>`, as the SDK takes a body) is the same
        // data type when it accepts exactly the values of the output (no defaults, no coercion).
        const input = inputOf(checker, symbol);
        if (input && input !== type && checker.isTypeAssignableTo(input, type) && checker.isTypeAssignableTo(type, input) && !names.has(input)) names.set(input, symbol);
      }
    }
    for (const [type, symbol] of names) if (!symbol) names.delete(type);
    twins(program, checker, names);
    namedTypes.set(program, names);
    return names;
  };

  const convertType = app.converter.convertType.bind(app.converter);
  /**
   * A named data type, or an array or union holding one, as links; undefined
   * when the type holds none (TypeDoc converts it as usual).
   * @param {import('typedoc').Context} context
   * @param {ts.Type} type
   * @param {boolean} [self] the type is the one being declared: not a link to itself
   * @returns {import('typedoc').SomeType | undefined}
   */
  const byName = (context, type, self = false) => {
    const symbol = self ? undefined : namesOf(context).get(type);
    if (symbol) return context.createSymbolReference(symbol, context, symbol.name);
    const checker = context.checker;
    if (type.isUnion() && type.types.some((member) => member.flags & ts.TypeFlags.Undefined) && !type.types.some((member) => member.flags & ts.TypeFlags.Null)) {
      // an optional property's `X | undefined`: TypeDoc marks it optional and drops `undefined`
      const defined = namesOf(context).get(checker.getNonNullableType(type));
      if (defined) return context.createSymbolReference(defined, context, defined.name);
    }
    if (type.isUnion() && !type.aliasSymbol) {
      const parts = type.types.map((member) => byName(context, member));
      if (parts.every((part) => !part)) return undefined;
      const rest = type.types.filter((_, i) => !parts[i]).map((member) => convertType(context, member));
      // `true | false` reads as TypeScript writes it
      const literal = (/** @type {boolean} */ value) => rest.findIndex((t) => t.type === 'literal' && t.value === value);
      if (literal(true) >= 0 && literal(false) >= 0) rest.splice(literal(true), 1, new IntrinsicType('boolean')), rest.splice(literal(false), 1);
      return new UnionType([.../** @type {import('typedoc').SomeType[]} */ (parts.filter(Boolean)), ...rest]);
    }
    if (checker.isArrayType(type)) {
      const element = checker.getTypeArguments(/** @type {ts.TypeReference} */ (type))[0];
      const inner = element && byName(context, element);
      return inner && new ArrayType(inner);
    }
    // Promise<IndicatorDetail>, or an alias's Paged<UnitList, OrganisationUnit>…
    const target = /** @type {ts.TypeReference} */ (type).target;
    const generic = type.aliasSymbol && type.aliasTypeArguments?.length ? type.aliasSymbol : target && target !== type ? type.getSymbol() : undefined;
    if (!generic) return undefined;
    const args = type.aliasSymbol ? (type.aliasTypeArguments ?? []) : checker.getTypeArguments(/** @type {ts.TypeReference} */ (type));
    const named = args.map((arg) => byName(context, arg));
    if (named.every((part) => !part)) return undefined;
    const reference = context.createSymbolReference(generic, context, generic.name);
    reference.typeArguments = args.map((arg, i) => named[i] ?? convertType(context, arg));
    return reference;
  };
  app.converter.convertType = /** @type {typeof convertType} */ (
    (context, typeOrNode) => {
      if (typeOrNode && !('kind' in typeOrNode)) {
        const named = byName(context, typeOrNode);
        if (named) return named;
      }
      return convertType(context, /** @type {any} */ (typeOrNode));
    }
  );

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    const symbol = context.getSymbolFromReflection(reflection);
    const declaration = symbol?.getDeclarations()?.find((d) => inferredType(d));
    if (!symbol || !declaration) return;
    const schema = symbol.valueDeclaration;
    context.converter.deferConversion(() => {
      if (reflection.kindOf(ReflectionKind.Interface)) {
        // its properties are its own: the schema is its definition, not a base type
        delete reflection.extendedTypes;
        for (const child of reflection.children ?? []) {
          delete child.inheritedFrom;
          // the schema of the property, not a value it takes when absent
          delete child.defaultValue;
          child.setFlag(ReflectionFlag.Inherited, false);
        }
      } else if (reflection.kindOf(ReflectionKind.TypeAlias)) {
        dropReflections(context, reflection.type);
        const type = context.checker.getDeclaredTypeOfSymbol(symbol);
        reflection.type = byName(context.withScope(reflection), type, true) ?? convertType(context.withScope(reflection), type);
      }
      if (!reflection.comment && schema) reflection.comment = context.getComment(symbol, ReflectionKind.Variable)?.clone();
    });
  });

  // The schema itself: `ZodMiniType<Proposal>` rather than pages of zod internals.
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Variable)) return;
    const symbol = context.getSymbolFromReflection(reflection);
    const dataType = symbol?.getDeclarations()?.find((d) => inferredType(d));
    if (!symbol || !dataType) return;
    context.converter.deferConversion(() => {
      dropReflections(context, reflection.type);
      const zodMiniType = ReferenceType.createBrokenReference('ZodMiniType', context.project, 'zod');
      zodMiniType.externalUrl = 'https://zod.dev/packages/mini';
      zodMiniType.typeArguments = [context.createSymbolReference(symbol, context, symbol.name)];
      reflection.type = zodMiniType;
    });
  });
}

/**
 * A schema without a data type of its own whose values a zod-free interface
 * of the package describes (ranking-logic.ts's `RankingEntry`, `Band`…, kept
 * equal to their schemas by a type check): its output is shown by that name.
 * Only an interface with the same properties, and only when one matches.
 * @param {ts.Program} program @param {ts.TypeChecker} checker @param {Map<ts.Type, ts.Symbol | null>} names
 */
function twins(program, checker, names) {
  /** @type {ts.Symbol[]} */
  const interfaces = [];
  /** @type {ts.Type[]} */
  const outputs = [];
  /** @type {ts.Symbol[]} */
  const unions = [];
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || !/packages\/schemas\/src\//.test(file.fileName)) continue;
    for (const statement of file.statements) {
      const exported = ts.getCombinedModifierFlags(/** @type {ts.Declaration} */ (/** @type {unknown} */ (statement))) & ts.ModifierFlags.Export;
      if (!exported) continue;
      if (ts.isInterfaceDeclaration(statement) && !statement.heritageClauses && !statement.typeParameters) {
        const symbol = checker.getSymbolAtLocation(statement.name);
        if (symbol) interfaces.push(symbol);
      } else if (ts.isTypeAliasDeclaration(statement) && !statement.typeParameters && !inferredType(statement)) {
        // a zod-free union (`RankingGroup`) a schema's values may be
        const symbol = checker.getSymbolAtLocation(statement.name);
        const type = symbol && checker.getDeclaredTypeOfSymbol(symbol);
        if (symbol && type && isNamedUnion(type)) unions.push(symbol);
      } else if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          const symbol = ts.isIdentifier(declaration.name) ? checker.getSymbolAtLocation(declaration.name) : undefined;
          const output = symbol && outputOf(checker, symbol);
          if (output && (isPlainObject(checker, output) || isNamedUnion(output)) && !names.has(output)) outputs.push(output);
        }
      }
    }
  }
  const keys = (/** @type {ts.Type} */ type) => type.getProperties().map((p) => p.name).sort().join();
  for (const output of outputs) {
    const matches = (output.isUnion() ? unions : interfaces).filter((symbol) => {
      const candidate = checker.getDeclaredTypeOfSymbol(symbol);
      // a union alias is a new type object of the same members: compared by assignability both ways
      return (output.isUnion() || keys(candidate) === keys(output)) && checker.isTypeAssignableTo(output, candidate) && checker.isTypeAssignableTo(candidate, output);
    });
    if (matches.length === 1 && matches[0]) names.set(output, matches[0]);
  }
}

/** The type of schema `symbol`'s parsed values (`z.output<typeof X>`), if it is a schema. @param {ts.TypeChecker} checker @param {ts.Symbol} symbol */
function outputOf(checker, symbol) {
  const zod = symbol.valueDeclaration && checker.getTypeOfSymbol(symbol).getProperty('_zod');
  const output = zod && checker.getTypeOfSymbol(zod).getProperty('output');
  return output && checker.getTypeOfSymbol(output);
}

/** The type of schema `symbol`'s inputs (`z.input<typeof X>`). @param {ts.TypeChecker} checker @param {ts.Symbol} symbol */
function inputOf(checker, symbol) {
  const schema = symbol.valueDeclaration && checker.getTypeOfSymbol(symbol);
  const zod = schema?.getProperty('_zod');
  const input = zod && checker.getTypeOfSymbol(zod).getProperty('input');
  return input && checker.getTypeOfSymbol(input);
}

/** @param {ts.Node} node the type node of `z.infer<typeof Name>` declared as `Name`, if it is one */
function inferredType(node) {
  /** @type {ts.TypeNode | undefined} */
  let typeNode;
  if (ts.isTypeAliasDeclaration(node)) typeNode = node.type;
  else if (ts.isInterfaceDeclaration(node) && node.members.length === 0 && node.heritageClauses?.length === 1) {
    const [base] = node.heritageClauses[0]?.types ?? [];
    if (base && node.heritageClauses[0]?.types.length === 1) typeNode = base;
  } else return undefined;
  if (!typeNode) return undefined;
  const match = INFERRED.exec(typeNode.getText());
  return match && match[1] === /** @type {ts.InterfaceDeclaration} */ (node).name.text ? typeNode : undefined;
}

/** A union of string literals or objects (an enum, a discriminated union): worth its name wherever it is used. @param {ts.Type} type */
function isNamedUnion(type) {
  return type.isUnion() && type.types.every((member) => member.isStringLiteral() || !!(member.flags & ts.TypeFlags.Object));
}

/** @param {ts.TypeChecker} checker @param {ts.Type} type an object with properties: not an array, a function or a record */
function isPlainObject(checker, type) {
  return (
    !!(type.flags & ts.TypeFlags.Object) &&
    !checker.isArrayType(type) &&
    type.getCallSignatures().length === 0 &&
    type.getProperties().length > 0 &&
    checker.getIndexInfosOfType(type).length === 0
  );
}

/** Removes the reflections a replaced type owned, so none is left dangling. @param {import('typedoc').Context} context @param {import('typedoc').SomeType | undefined} type */
function dropReflections(context, type) {
  type?.visit(makeRecursiveVisitor({ reflection: (t) => context.project.removeReflection(t.declaration) }));
}
