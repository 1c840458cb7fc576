// Generated from schemas/agreement-lint-playbook.schema.json by scripts/gen-schemas.mjs. Do not edit by hand.

export const playbookSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://example.invalid/agreement-lint/schemas/agreement-lint-playbook.schema.json",
  "title": "Agreement Lint playbook",
  "description": "One team check written as data: a required provision, a wording to avoid, or a required front-matter field. See docs/playbooks.md.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "kind",
    "message"
  ],
  "properties": {
    "name": {
      "description": "The playbook's name, kebab-case; its findings have the rule id playbook/<name>. Defaults to the file name without its extension.",
      "type": "string",
      "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
      "maxLength": 80
    },
    "description": {
      "description": "One line saying what the playbook checks (shown as the rule's title in SARIF).",
      "type": "string",
      "minLength": 1
    },
    "kind": {
      "description": "What the playbook checks.",
      "enum": [
        "required-provision",
        "wording",
        "required-field"
      ]
    },
    "severity": {
      "description": "The severity of its findings (default warning); the rules setting can override it with the id playbook/<name>.",
      "enum": [
        "error",
        "warning",
        "information",
        "hint"
      ]
    },
    "message": {
      "description": "The finding's message, for the person reading the draft. {match} stands for the matched text (wording), {field} and {value} for the field and its value (required-field).",
      "type": "string",
      "minLength": 1
    },
    "when": {
      "description": "When the playbook applies, read from the draft's front matter. Every condition given must hold; within one, any listed value is enough.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "partner": {
          "description": "The front matter's partner is one of these (case and spacing aside).",
          "$ref": "#/definitions/texts"
        },
        "party": {
          "description": "A party's name or short name is one of these (case and spacing aside).",
          "$ref": "#/definitions/texts"
        },
        "data": {
          "description": "The front matter's data lists one of these categories (case aside).",
          "$ref": "#/definitions/texts"
        },
        "classification": {
          "description": "The front matter's classification is at or above this level (UNCLASSIFIED < RESTRICTED < CONFIDENTIAL < SECRET < TOP SECRET).",
          "enum": [
            "UNCLASSIFIED",
            "RESTRICTED",
            "CONFIDENTIAL",
            "SECRET",
            "TOP SECRET"
          ]
        }
      }
    },
    "require": {
      "description": "required-provision: what the draft must contain. With both keys, either is enough; the fix inserts the template.",
      "type": "object",
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
        "template": {
          "description": "A clause template id (built-in or the team's): some clause, or for an article template some article, must hold its text.",
          "type": "string",
          "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"
        },
        "pattern": {
          "description": "A pattern in RE2 syntax that some paragraph must match.",
          "type": "string",
          "minLength": 1
        },
        "ignoreCase": {
          "description": "Match the pattern whatever the case (default true).",
          "type": "boolean"
        }
      },
      "anyOf": [
        {
          "required": [
            "template"
          ]
        },
        {
          "required": [
            "pattern"
          ]
        }
      ]
    },
    "wording": {
      "description": "wording: the wordings to report, each a pattern in RE2 syntax.",
      "type": "array",
      "minItems": 1,
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "pattern"
        ],
        "properties": {
          "pattern": {
            "description": "A pattern in RE2 syntax.",
            "type": "string",
            "minLength": 1
          },
          "ignoreCase": {
            "description": "Match whatever the case (default true).",
            "type": "boolean"
          },
          "message": {
            "description": "The message for this wording, instead of the playbook's.",
            "type": "string",
            "minLength": 1
          },
          "replacement": {
            "description": "Text to put in place of the match; $1 to $9 insert the pattern's groups, $$ a dollar sign.",
            "type": "string"
          },
          "replacementKind": {
            "description": "suggestion (default): offered, applied only when chosen; fix: safe and mechanical, applied by --fix and Fix all.",
            "enum": [
              "suggestion",
              "fix"
            ]
          }
        }
      }
    },
    "field": {
      "description": "required-field: a dotted path into the front matter (for example handling, or review.owner).",
      "type": "string",
      "pattern": "^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"
    },
    "values": {
      "description": "required-field: the values allowed (case aside).",
      "$ref": "#/definitions/texts"
    },
    "pattern": {
      "description": "required-field: a pattern in RE2 syntax the value must match.",
      "type": "string",
      "minLength": 1
    },
    "ignoreCase": {
      "description": "required-field: match the pattern whatever the case (default true).",
      "type": "boolean"
    },
    "placeholder": {
      "description": "required-field: the value the fix writes when the field is missing (a placeholder to fill in).",
      "type": "string",
      "minLength": 1
    }
  },
  "allOf": [
    {
      "if": {
        "properties": {
          "kind": {
            "const": "required-provision"
          }
        },
        "required": [
          "kind"
        ]
      },
      "then": {
        "required": [
          "require"
        ],
        "properties": {
          "wording": false,
          "field": false,
          "values": false,
          "pattern": false,
          "ignoreCase": false,
          "placeholder": false
        }
      }
    },
    {
      "if": {
        "properties": {
          "kind": {
            "const": "wording"
          }
        },
        "required": [
          "kind"
        ]
      },
      "then": {
        "required": [
          "wording"
        ],
        "properties": {
          "require": false,
          "field": false,
          "values": false,
          "pattern": false,
          "ignoreCase": false,
          "placeholder": false
        }
      }
    },
    {
      "if": {
        "properties": {
          "kind": {
            "const": "required-field"
          }
        },
        "required": [
          "kind"
        ]
      },
      "then": {
        "required": [
          "field"
        ],
        "properties": {
          "require": false,
          "wording": false
        }
      }
    }
  ],
  "definitions": {
    "texts": {
      "type": "array",
      "minItems": 1,
      "items": {
        "type": "string",
        "minLength": 1
      }
    }
  }
} as const;
