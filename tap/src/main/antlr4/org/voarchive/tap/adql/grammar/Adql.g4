// ADQL 2.1 (IVOA Recommendation 2023-12-15) with its optional features, written for ANTLR 4.
//
// The grammar accepts what the Recommendation's BNF accepts, in a shape that suits a tree builder:
// value expressions are one left-recursive rule with the usual precedence, and functions with a fixed
// name share one rule each so that the number of arguments is checked with a clear message after
// parsing rather than as a syntax error. Keywords are case-insensitive. Words that SQL 92 or ADQL
// reserve but that no rule uses are lexed as identifiers and refused by the tree builder, which knows
// the full reserved list.
grammar Adql;

options { caseInsensitive = true; }

// ---------------------------------------------------------------------------------------------------
// Queries

query
    : queryExpression EOF
    ;

queryExpression
    : withClause? setExpression orderByClause? offsetClause?
    ;

withClause
    : WITH commonTable (COMMA commonTable)*
    ;

commonTable
    : identifier AS LPAREN queryExpression RPAREN
    ;

// INTERSECT binds tighter than UNION and EXCEPT, as in SQL.
setExpression
    : setTerm (setOperator setTerm)*
    ;

setOperator
    : (UNION | EXCEPT) ALL?
    ;

setTerm
    : setPrimary (INTERSECT ALL? setPrimary)*
    ;

setPrimary
    : querySpecification
    | LPAREN queryExpression RPAREN
    ;

querySpecification
    : SELECT setQuantifier? (TOP UNSIGNED_INTEGER)? selectList
      fromClause whereClause? groupByClause? havingClause?
    ;

setQuantifier
    : DISTINCT
    | ALL
    ;

selectList
    : STAR
    | selectItem (COMMA selectItem)*
    ;

selectItem
    : tableName PERIOD STAR                         # qualifiedAsterisk
    | valueExpression (AS? identifier)?             # derivedColumn
    ;

fromClause
    : FROM tableReference (COMMA tableReference)*
    ;

tableReference
    : tablePrimary joinPart*
    ;

joinPart
    : CROSS JOIN tablePrimary                                   # crossJoin
    | NATURAL joinType? JOIN tablePrimary                       # naturalJoin
    | joinType? JOIN tablePrimary joinSpecification             # qualifiedJoin
    ;

joinType
    : INNER
    | (LEFT | RIGHT | FULL) OUTER?
    ;

joinSpecification
    : ON searchCondition                                        # joinOn
    | USING LPAREN identifier (COMMA identifier)* RPAREN        # joinUsing
    ;

tablePrimary
    : tableName (AS? identifier)?                               # namedTable
    | LPAREN queryExpression RPAREN AS? identifier              # derivedTable
    | LPAREN tableReference RPAREN                              # parenthesizedJoin
    ;

tableName
    : identifier (PERIOD identifier)?
    ;

columnReference
    : identifier (PERIOD identifier (PERIOD identifier)?)?
    ;

whereClause
    : WHERE searchCondition
    ;

groupByClause
    : GROUP BY valueExpression (COMMA valueExpression)*
    ;

havingClause
    : HAVING searchCondition
    ;

orderByClause
    : ORDER BY orderItem (COMMA orderItem)*
    ;

orderItem
    : valueExpression (ASC | DESC)?
    ;

offsetClause
    : OFFSET UNSIGNED_INTEGER
    ;

// ---------------------------------------------------------------------------------------------------
// Conditions

searchCondition
    : booleanTerm (OR booleanTerm)*
    ;

booleanTerm
    : booleanFactor (AND booleanFactor)*
    ;

booleanFactor
    : NOT? booleanPrimary
    ;

booleanPrimary
    : LPAREN searchCondition RPAREN                                                 # nestedCondition
    | predicate                                                                     # predicateCondition
    | (TRUE | FALSE)                                                                # truthValue
    ;

predicate
    : valueExpression comparisonOperator valueExpression                            # comparison
    | valueExpression NOT? BETWEEN valueExpression AND valueExpression              # between
    | valueExpression NOT? (LIKE | ILIKE) valueExpression                           # like
    | valueExpression IS NOT? NULL                                                  # nullTest
    | valueExpression NOT? IN LPAREN queryExpression RPAREN                         # inSubquery
    | valueExpression NOT? IN LPAREN valueExpression (COMMA valueExpression)* RPAREN # inList
    | EXISTS LPAREN queryExpression RPAREN                                          # exists
    ;

comparisonOperator
    : EQ | NE | LT | GT | LE | GE
    ;

// ---------------------------------------------------------------------------------------------------
// Values, by increasing binding strength from the last alternative up (ANTLR's left recursion)

valueExpression
    : primary                                                           # primaryValue
    | op=(MINUS | PLUS | TILDE) valueExpression                         # unary
    | valueExpression op=(STAR | SLASH) valueExpression                 # multiplicative
    | valueExpression op=(PLUS | MINUS) valueExpression                 # additive
    | valueExpression CONCAT valueExpression                            # concatenation
    | valueExpression AMPERSAND valueExpression                         # bitAnd
    | valueExpression CARET valueExpression                             # bitXor
    | valueExpression VERTICAL_BAR valueExpression                      # bitOr
    ;

primary
    : literal                                                           # literalValue
    | columnReference                                                   # columnValue
    | LPAREN valueExpression RPAREN                                     # parenthesized
    | LPAREN queryExpression RPAREN                                     # scalarSubquery
    | COUNT LPAREN STAR RPAREN                                          # countAll
    | fn=(AVG | MAX | MIN | SUM | COUNT) LPAREN setQuantifier? valueExpression RPAREN   # aggregate
    | CAST LPAREN valueExpression AS castTarget RPAREN                  # cast
    | CASE valueExpression simpleWhen+ (ELSE valueExpression)? END      # simpleCase
    | CASE searchedWhen+ (ELSE valueExpression)? END                    # searchedCase
    | IN_UNIT LPAREN valueExpression COMMA STRING RPAREN                # inUnit
    | builtinFunction LPAREN (valueExpression (COMMA valueExpression)*)? RPAREN       # builtinCall
    | REGULAR_IDENTIFIER LPAREN (valueExpression (COMMA valueExpression)*)? RPAREN    # userFunctionCall
    ;

simpleWhen
    : WHEN valueExpression THEN valueExpression
    ;

searchedWhen
    : WHEN searchCondition THEN valueExpression
    ;

builtinFunction
    : ABS | CEILING | DEGREES | EXP | FLOOR | LOG | LOG10 | MOD | PI | POWER | RADIANS | RAND | ROUND
    | SQRT | TRUNCATE
    | ACOS | ASIN | ATAN | ATAN2 | COS | COT | SIN | TAN
    | LOWER | UPPER | COALESCE
    | AREA | BOX | CENTROID | CIRCLE | CONTAINS | COORD1 | COORD2 | COORDSYS | DISTANCE | INTERSECTS
    | POINT | POLYGON | REGION
    ;

castTarget
    : SMALLINT
    | INTEGER
    | BIGINT
    | REAL
    | DOUBLE PRECISION
    | (CHAR | VARCHAR) (LPAREN UNSIGNED_INTEGER RPAREN)?
    | TIMESTAMP
    | POINT
    | CIRCLE
    | POLYGON
    ;

literal
    : UNSIGNED_INTEGER                                                  # integerLiteral
    | HEX_INTEGER                                                       # hexLiteral
    | (DECIMAL | APPROXIMATE)                                           # realLiteral
    | STRING                                                            # stringLiteral
    | NULL                                                              # nullLiteral
    ;

identifier
    : REGULAR_IDENTIFIER
    | DELIMITED_IDENTIFIER
    ;

// ---------------------------------------------------------------------------------------------------
// Keywords (case-insensitive through the grammar option)

ABS: 'ABS'; ACOS: 'ACOS'; ALL: 'ALL'; AND: 'AND'; AREA: 'AREA'; AS: 'AS'; ASC: 'ASC'; ASIN: 'ASIN';
ATAN: 'ATAN'; ATAN2: 'ATAN2'; AVG: 'AVG'; BETWEEN: 'BETWEEN'; BIGINT: 'BIGINT'; BOX: 'BOX'; BY: 'BY';
CASE: 'CASE'; CAST: 'CAST'; CEILING: 'CEILING'; CENTROID: 'CENTROID'; CHAR: 'CHAR'; CIRCLE: 'CIRCLE';
COALESCE: 'COALESCE'; CONTAINS: 'CONTAINS'; COORD1: 'COORD1'; COORD2: 'COORD2'; COORDSYS: 'COORDSYS';
COS: 'COS'; COT: 'COT'; COUNT: 'COUNT'; CROSS: 'CROSS'; DEGREES: 'DEGREES'; DESC: 'DESC';
DISTANCE: 'DISTANCE'; DISTINCT: 'DISTINCT'; DOUBLE: 'DOUBLE'; ELSE: 'ELSE'; END: 'END';
EXCEPT: 'EXCEPT'; EXISTS: 'EXISTS'; EXP: 'EXP'; FALSE: 'FALSE'; FLOOR: 'FLOOR'; FROM: 'FROM';
FULL: 'FULL'; GROUP: 'GROUP'; HAVING: 'HAVING'; ILIKE: 'ILIKE'; IN: 'IN'; IN_UNIT: 'IN_UNIT';
INNER: 'INNER'; INTEGER: 'INTEGER'; INTERSECT: 'INTERSECT'; INTERSECTS: 'INTERSECTS'; IS: 'IS';
JOIN: 'JOIN'; LEFT: 'LEFT'; LIKE: 'LIKE'; LOG: 'LOG'; LOG10: 'LOG10'; LOWER: 'LOWER'; MAX: 'MAX';
MIN: 'MIN'; MOD: 'MOD'; NATURAL: 'NATURAL'; NOT: 'NOT'; NULL: 'NULL'; OFFSET: 'OFFSET'; ON: 'ON';
OR: 'OR'; ORDER: 'ORDER'; OUTER: 'OUTER'; PI: 'PI'; POINT: 'POINT'; POLYGON: 'POLYGON';
POWER: 'POWER'; PRECISION: 'PRECISION'; RADIANS: 'RADIANS'; RAND: 'RAND'; REAL: 'REAL';
REGION: 'REGION'; RIGHT: 'RIGHT'; ROUND: 'ROUND'; SELECT: 'SELECT'; SIN: 'SIN'; SMALLINT: 'SMALLINT';
SQRT: 'SQRT'; SUM: 'SUM'; TAN: 'TAN'; THEN: 'THEN'; TIMESTAMP: 'TIMESTAMP'; TOP: 'TOP'; TRUE: 'TRUE';
TRUNCATE: 'TRUNCATE'; UNION: 'UNION'; UPPER: 'UPPER'; USING: 'USING'; VARCHAR: 'VARCHAR';
WHEN: 'WHEN'; WHERE: 'WHERE'; WITH: 'WITH';

// ---------------------------------------------------------------------------------------------------
// Symbols

EQ: '='; NE: '<>' | '!='; LE: '<='; GE: '>='; LT: '<'; GT: '>';
CONCAT: '||'; VERTICAL_BAR: '|'; AMPERSAND: '&'; CARET: '^'; TILDE: '~';
PLUS: '+'; MINUS: '-'; STAR: '*'; SLASH: '/';
LPAREN: '('; RPAREN: ')'; COMMA: ','; PERIOD: '.';

// ---------------------------------------------------------------------------------------------------
// Literals and identifiers

HEX_INTEGER: '0X' [0-9A-F]+;
APPROXIMATE: (DIGITS ('.' DIGITS?)? | '.' DIGITS) 'E' [+-]? DIGITS;
DECIMAL: DIGITS '.' DIGITS? | '.' DIGITS;
UNSIGNED_INTEGER: DIGITS;
STRING: '\'' (~'\'' | '\'\'')* '\'';
REGULAR_IDENTIFIER: [A-Z] [A-Z0-9_]*;
DELIMITED_IDENTIFIER: '"' (~'"' | '""')+ '"';

fragment DIGITS: [0-9]+;

COMMENT: '--' ~[\r\n]* -> skip;
WHITESPACE: [ \t\r\n\f]+ -> skip;

// Anything else is an error the parser reports with its position, rather than a silently skipped
// character.
UNEXPECTED_CHARACTER: .;
