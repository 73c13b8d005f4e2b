/// The OpenAPI 3.1 description of the service, served at `/openapi.json`; docs/openapi.json is the same text (a test
/// compares them and validates the document).
enum OpenAPIDocument {
    static let json = #"""
{
  "openapi": "3.1.0",
  "info": {
    "title": "Leniency decision service",
    "version": "1.0.0",
    "summary": "Decisions under China's administrative-penalty leniency lists (不予处罚/减轻/从轻清单), discretion standards and the case register.",
    "description": "Served by `leniency serve` (docs/SERVICE.md). Decisions are exactly the JSON of `leniency check --format json` (docs/CHECK-OUTPUT.md). Errors are RFC 9457 problem documents carrying the diagnostic codes and positions of docs/LINT.md.",
    "license": {"name": "See the repository", "identifier": "NOASSERTION"}
  },
  "servers": [{"url": "http://127.0.0.1:8080", "description": "the default listening address"}],
  "paths": {
    "/v1/decisions": {
      "post": {
        "operationId": "decide",
        "summary": "Decide one case (a JSON object) or several (a JSON array).",
        "description": "The body is one case in the case format (docs/CASE-FORMAT.md) or an array of cases. A case that lists no `prior_violations` takes its party's history from the case register, and the decision notes `首违认定依据：案件库 N 条记录，检索至 YYYY-MM-DD`. All cases of a request are checked before any is decided: one invalid case makes the whole request 422.",
        "parameters": [{"name": "on", "in": "query", "required": false, "description": "Also evaluate the versions in force on this date instead of the decision date (like `check --on`).", "schema": {"type": "string", "format": "date"}}, {"name": "explain", "in": "query", "required": false, "description": "true: the full explanation (`trace`, prose `notes`/`notesZh`, `factsUsed`, `versionChoice`), as `check --format json` prints it. Default false: the brief decision of the compiled engine, as `check --format jsonl` prints it (those fields empty or null).", "schema": {"type": "boolean", "default": false}}],
        "requestBody": {
          "required": true,
          "content": {"application/json": {"schema": {"oneOf": [{"$ref": "#/components/schemas/Case"}, {"type": "array", "items": {"$ref": "#/components/schemas/Case"}}]}}}
        },
        "responses": {
          "200": {"description": "The decision (for an object) or decisions (for an array).", "content": {"application/json": {"schema": {"oneOf": [{"$ref": "#/components/schemas/Decision"}, {"type": "array", "items": {"$ref": "#/components/schemas/Decision"}}]}}}},
          "400": {"$ref": "#/components/responses/Problem"},
          "413": {"$ref": "#/components/responses/Problem"},
          "422": {"$ref": "#/components/responses/Problem"},
          "503": {"$ref": "#/components/responses/Problem"}
        }
      }
    },
    "/v1/decisions:stream": {
      "post": {
        "operationId": "decideStream",
        "summary": "JSON Lines in, JSON Lines out: one decision per case line, in order, as each is decided.",
        "description": "Each input line is one case. Each output line is the compact decision, or a problem document with the `line` it is about; a bad line does not stop the stream. A line longer than the body limit ends the stream with a 413 problem line.",
        "parameters": [{"name": "on", "in": "query", "required": false, "schema": {"type": "string", "format": "date"}}, {"name": "explain", "in": "query", "required": false, "description": "true: the full explanation (`trace`, prose `notes`/`notesZh`, `factsUsed`, `versionChoice`), as `check --format json` prints it. Default false: the brief decision of the compiled engine, as `check --format jsonl` prints it (those fields empty or null).", "schema": {"type": "boolean", "default": false}}],
        "requestBody": {"required": true, "content": {"application/x-ndjson": {"schema": {"type": "string"}}}},
        "responses": {
          "200": {"description": "One JSON object per line: a Decision or a Problem with `line`.", "content": {"application/x-ndjson": {"schema": {"type": "string"}}}},
          "400": {"$ref": "#/components/responses/Problem"}
        }
      }
    },
    "/v1/lists": {
      "get": {
        "operationId": "lists",
        "summary": "Every version of every leniency list in service, without items.",
        "responses": {"200": {"description": "The lists.", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/ListSummary"}}}}}}
      }
    },
    "/v1/lists/{id}": {
      "get": {
        "operationId": "list",
        "summary": "The versions of one list with their items and conditions.",
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
        "responses": {
          "200": {"description": "The list.", "content": {"application/json": {"schema": {"type": "object", "required": ["id", "versions"], "properties": {"id": {"type": "string"}, "versions": {"type": "array", "items": {"$ref": "#/components/schemas/ListSummary"}}}}}}},
          "404": {"$ref": "#/components/responses/Problem"}
        }
      }
    },
    "/v1/facts": {
      "get": {
        "operationId": "facts",
        "summary": "The fact vocabulary a case may use.",
        "responses": {"200": {"description": "The facts.", "content": {"application/json": {"schema": {"type": "array", "items": {"type": "object", "required": ["name", "type", "label"], "properties": {"name": {"type": "string"}, "type": {"type": "string", "enum": ["boolean", "integer", "decimal", "money", "date", "duration", "enum", "text"]}, "values": {"type": ["array", "null"], "items": {"type": "string"}}, "label": {"type": "string"}, "labelEn": {"type": ["string", "null"]}, "source": {"type": ["string", "null"]}}}}}}}}
      }
    },
    "/v1/violations": {
      "get": {
        "operationId": "violations",
        "summary": "The violation codes a case may name.",
        "responses": {"200": {"description": "The violations.", "content": {"application/json": {"schema": {"type": "array", "items": {"type": "object", "required": ["code", "title"], "properties": {"code": {"type": "string"}, "title": {"type": "string"}, "category": {"type": ["string", "null"]}, "sector": {"type": ["string", "null"]}, "violates": {"type": "array", "items": {"type": "string"}}, "penaltyBasis": {"type": "array", "items": {"type": "string"}}, "unverified": {"type": "boolean"}}}}}}}}
      }
    },
    "/healthz": {
      "get": {
        "operationId": "health",
        "summary": "Rules in service, the last refused reload (if any) and the register's state.",
        "description": "Always 200 while the server runs; `status` is `degraded` when the last reload was refused (the previous rules still serve) or the register cannot be read.",
        "responses": {"200": {"description": "Health.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}}}
      }
    },
    "/metrics": {
      "get": {
        "operationId": "metrics",
        "summary": "Prometheus text exposition: requests, latency histogram, decisions by outcome, rejections, reloads.",
        "responses": {"200": {"description": "Metrics.", "content": {"text/plain": {"schema": {"type": "string"}}}}}
      }
    },
    "/openapi.json": {
      "get": {
        "operationId": "openapi",
        "summary": "This document.",
        "responses": {"200": {"description": "OpenAPI 3.1.", "content": {"application/json": {"schema": {"type": "object"}}}}}
      }
    },
    "/": {
      "get": {
        "operationId": "officerPage",
        "summary": "The officer page (Chinese by default; `?lang=en` for English).",
        "parameters": [{"name": "lang", "in": "query", "required": false, "schema": {"type": "string", "enum": ["zh", "en"]}}],
        "responses": {"200": {"description": "HTML.", "content": {"text/html": {"schema": {"type": "string"}}}}}
      },
      "post": {
        "operationId": "officerPageSubmit",
        "summary": "The officer page's form: decides what it can and asks only for the facts still missing.",
        "requestBody": {"required": true, "content": {"application/x-www-form-urlencoded": {"schema": {"type": "object", "additionalProperties": {"type": "string"}}}}},
        "responses": {"200": {"description": "HTML.", "content": {"text/html": {"schema": {"type": "string"}}}}}
      }
    }
  },
  "components": {
    "responses": {
      "Problem": {"description": "An RFC 9457 problem document.", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
    },
    "schemas": {
      "Case": {
        "type": "object",
        "description": "A case in the case format (docs/CASE-FORMAT.md; `leniency schema --cases` prints the full JSON Schema).",
        "required": ["id", "agency", "party", "violation", "dates"],
        "properties": {
          "id": {"type": "string", "description": "Case number."},
          "agency": {"type": "string"},
          "region": {"type": "string"},
          "officers": {"type": "array"},
          "party": {"type": "object", "required": ["name", "type"], "properties": {"name": {"type": "string"}, "type": {"type": "string", "enum": ["individual", "enterprise", "other"]}, "credit_code": {"type": "string"}, "id_number": {"type": "string"}, "birth_date": {"type": "string", "format": "date"}, "age": {"type": "integer"}}},
          "violation": {"type": "string"},
          "dates": {"type": "object", "required": ["act"], "properties": {"act": {"type": "string", "format": "date"}, "act_end": {"type": "string", "format": "date"}, "discovered": {"type": "string", "format": "date"}, "filed": {"type": "string", "format": "date"}, "decided": {"type": "string", "format": "date"}}},
          "facts": {"type": "object"},
          "illegal_gains": {"type": ["number", "string"]},
          "goods_value": {"type": ["number", "string"]},
          "prior_violations": {"type": ["array", "null"], "items": {"type": "object", "required": ["violation", "date"], "properties": {"violation": {"type": "string"}, "date": {"type": "string", "format": "date"}, "case": {"type": "string"}}}},
          "decision": {"type": "object"}
        }
      },
      "Decision": {
        "type": "object",
        "description": "Exactly the JSON of `leniency check --format json` (docs/CHECK-OUTPUT.md).",
        "required": ["case", "outcome", "mandatory", "alsoAllows", "list", "item", "basis", "fine", "weights", "followUp", "missing", "presumed", "derived", "conflict", "coercion", "timeBarred", "versionChoice", "versionChoiceZh", "notes", "notesZh", "trace", "factsUsed"],
        "properties": {
          "case": {"type": "string"},
          "outcome": {"type": "string", "enum": ["no-penalty", "mitigated", "lighter", "standard", "heavier", "undetermined", "no-violation"]},
          "mandatory": {"type": "boolean"},
          "alsoAllows": {"type": "array", "items": {"type": "string"}},
          "list": {"type": ["object", "null"]},
          "item": {"type": ["object", "null"]},
          "basis": {"type": "array", "items": {"type": "string"}},
          "fine": {"type": ["object", "null"]},
          "weights": {"type": ["object", "null"], "description": "Model D (权重累加): the factors, their levels and weights, the percentage applied and the amount; null for other models."},
          "followUp": {"type": "object"},
          "missing": {"type": "array", "items": {"type": "string"}},
          "presumed": {"type": "array", "description": "Legal presumptions used for facts the case does not give.", "items": {"type": "object", "required": ["fact", "value", "basis"], "properties": {"fact": {"type": "string"}, "value": {}, "basis": {"type": "array", "items": {"type": "string"}}, "label": {"type": "string"}, "labelEn": {"type": "string"}}}},
          "derived": {"type": "array", "description": "Facts the rules derived from others, with the rule and its basis.", "items": {"type": "object", "required": ["fact", "value", "rule"], "properties": {"fact": {"type": "string"}, "value": {}, "rule": {"type": "string"}, "document": {"type": "string"}, "label": {"type": "string"}, "basis": {"type": "array", "items": {"type": "string"}}, "replaced": {}}}},
          "conflict": {"type": ["object", "null"]},
          "coercion": {"type": ["object", "null"]},
          "timeBarred": {"type": ["boolean", "null"]},
          "versionChoice": {"type": ["string", "null"]},
          "versionChoiceZh": {"type": ["string", "null"]},
          "notes": {"type": "array", "items": {"type": "string"}},
          "notesZh": {"type": "array", "items": {"type": "string"}},
          "trace": {"type": "array", "items": {"type": "object"}},
          "factsUsed": {"type": "object"}
        }
      },
      "ListSummary": {
        "type": "object",
        "required": ["id", "version", "kind", "title", "document"],
        "properties": {"id": {"type": "string"}, "version": {"type": "string", "format": "date"}, "expires": {"type": ["string", "null"], "format": "date"}, "kind": {"type": "string", "enum": ["no-penalty", "mitigated", "lighter", "no-coercion"]}, "title": {"type": "string"}, "issuer": {"type": "string"}, "document": {"type": "string"}, "region": {"type": ["string", "null"]}, "scope": {"type": "string"}, "hitPolicy": {"type": "string"}, "items": {"oneOf": [{"type": "integer"}, {"type": "array", "items": {"type": "object"}}]}, "implements": {"type": "array", "items": {"type": "string"}}, "unverified": {"type": "boolean"}}
      },
      "Health": {
        "type": "object",
        "required": ["status", "rules", "reloadError", "register"],
        "properties": {"status": {"type": "string", "enum": ["ok", "degraded"]}, "rules": {"type": "object"}, "reloadError": {"type": ["object", "null"], "properties": {"at": {"type": "string"}, "reason": {"type": "string"}, "diagnostics": {"type": "array", "items": {"$ref": "#/components/schemas/Diagnostic"}}}}, "register": {"type": ["object", "null"]}}
      },
      "Problem": {
        "type": "object",
        "required": ["type", "title", "status", "detail", "diagnostics"],
        "properties": {"type": {"type": "string", "format": "uri"}, "title": {"type": "string"}, "titleZh": {"type": "string"}, "status": {"type": "integer"}, "detail": {"type": "string"}, "detailZh": {"type": "string"}, "line": {"type": "integer", "description": "The line of a stream the problem is about."}, "diagnostics": {"type": "array", "items": {"$ref": "#/components/schemas/Diagnostic"}}}
      },
      "Diagnostic": {
        "type": "object",
        "required": ["code", "name", "severity", "message", "hint", "file", "line", "column"],
        "properties": {"code": {"type": "string", "description": "A code of docs/LINT.md, e.g. S002."}, "name": {"type": "string"}, "severity": {"type": "string", "enum": ["error", "warning", "info"]}, "message": {"type": "string"}, "hint": {"type": "string"}, "file": {"type": "string"}, "line": {"type": "integer"}, "column": {"type": "integer"}, "notes": {"type": "array", "items": {"type": "object"}}}
      }
    }
  }
}
"""#
}
