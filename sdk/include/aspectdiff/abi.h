/*
 * aspectdiff plugin ABI — the only contract that crosses the binary boundary.
 *
 * RULES FOR CHANGING THIS FILE
 *   - Fields are only ever appended to the end of a struct. Removing, reordering or changing
 *     the type of a field is a new ABI major version.
 *   - Appending a field bumps ASPECTDIFF_ABI_MINOR. Every struct that a side may receive from
 *     a newer or older peer starts with its own size, so the reader can tell which fields exist.
 *   - Only plain C data crosses: UTF-8 {pointer, length} views, arrays of spans, opaque handles.
 *     Nothing thrown crosses; every function returns a status and, on failure, a message that
 *     the plugin allocated and the host copies and then hands back through `release_message`.
 *
 * A plugin exports one function, `aspectdiff_plugin_<name>_v1`, that returns a pointer to a
 * static descriptor. It must not allocate, log or throw: the host reads and validates the
 * descriptor before it runs any other code of the plugin.
 */
#ifndef ASPECTDIFF_ABI_H
#define ASPECTDIFF_ABI_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ASPECTDIFF_ABI_MAJOR 1
#define ASPECTDIFF_ABI_MINOR 2

/* Prefix and suffix of the exported entry symbol: aspectdiff_plugin_<name>_v1. */
#define ASPECTDIFF_ENTRY_PREFIX "aspectdiff_plugin_"
#define ASPECTDIFF_ENTRY_SUFFIX "_v1"

#if defined(_WIN32)
#define ASPECTDIFF_EXPORT __declspec(dllexport)
#else
#define ASPECTDIFF_EXPORT __attribute__((visibility("default")))
#endif

/* Status codes returned by every plugin function. */
enum aspectdiff_status {
  ASPECTDIFF_OK = 0,
  ASPECTDIFF_ERR_CONFIG = 1,   /* the configuration is invalid */
  ASPECTDIFF_ERR_INPUT = 2,    /* the document or a required input cannot be handled */
  ASPECTDIFF_ERR_INTERNAL = 3, /* anything else, including a caught exception */
  ASPECTDIFF_ERR_MEMORY = 4
};

/* A UTF-8 string view. Not NUL-terminated unless said otherwise. */
typedef struct aspectdiff_str {
  const char *data;
  size_t size;
} aspectdiff_str;

/* A half-open byte range [begin, end) into the document's original text. */
typedef struct aspectdiff_span {
  uint32_t begin;
  uint32_t end;
} aspectdiff_span;

/* Token flags. */
enum aspectdiff_token_flag {
  ASPECTDIFF_TOKEN_WORD = 1u << 0,        /* contains a letter */
  ASPECTDIFF_TOKEN_CAPITALISED = 1u << 1, /* first letter upper case */
  ASPECTDIFF_TOKEN_ALL_CAPS = 1u << 2,    /* two or more letters, all upper case */
  ASPECTDIFF_TOKEN_SENTENCE_INITIAL = 1u << 3,
  ASPECTDIFF_TOKEN_NUMERIC = 1u << 4, /* a number such as 3, 1,200 or 4.5 */
  ASPECTDIFF_TOKEN_PUNCTUATION = 1u << 5,
  ASPECTDIFF_TOKEN_SYMBOL = 1u << 6 /* anything else: emoji, currency, maths */
};

/* One token: its bytes in the original text, its normalised form (lowercase, NFC, typographic
 * apostrophes, quotes and dashes made plain) as a range into the document's `normalised` buffer,
 * its flags and the index of its sentence. */
typedef struct aspectdiff_token {
  uint32_t begin;
  uint32_t end;
  uint32_t norm_begin;
  uint32_t norm_end;
  uint32_t flags;
  uint32_t sentence;
} aspectdiff_token;

/* A sentence or a paragraph: its bytes, and the range of its children (tokens for a sentence,
 * sentences for a paragraph). */
typedef struct aspectdiff_segment {
  uint32_t begin;
  uint32_t end;
  uint32_t first;
  uint32_t count;
} aspectdiff_segment;

/* The read-only view of one document, built once by the host. Every plugin sees the same
 * segmentation. All spans are byte offsets into `text`. */
typedef struct aspectdiff_document {
  uint32_t struct_size;
  aspectdiff_str id;
  aspectdiff_str title;  /* may be empty */
  aspectdiff_str source; /* may be empty */
  aspectdiff_str date;   /* may be empty; ISO 8601 when known */
  aspectdiff_str url;    /* may be empty */
  aspectdiff_str text;   /* the original UTF-8 text (markup already stripped for HTML/Markdown) */
  aspectdiff_str normalised; /* buffer that tokens' norm_begin/norm_end point into */
  aspectdiff_str language;   /* BCP 47 tag such as "en", or "und" when unknown */
  const aspectdiff_token *tokens;
  size_t token_count;
  const aspectdiff_segment *sentences; /* children are tokens */
  size_t sentence_count;
  const aspectdiff_segment *paragraphs; /* children are sentences */
  size_t paragraph_count;
  uint32_t word_count; /* tokens with ASPECTDIFF_TOKEN_WORD or NUMERIC */
} aspectdiff_document;

/* What a metric measures; decides how the host compares and prints it. */
enum aspectdiff_metric_kind {
  ASPECTDIFF_METRIC_SCORE = 0,      /* in [-1, 1] */
  ASPECTDIFF_METRIC_RATE = 1,       /* per 1,000 words */
  ASPECTDIFF_METRIC_COUNT = 2,      /* a non-negative count */
  ASPECTDIFF_METRIC_PROPORTION = 3, /* in [0, 1] */
  ASPECTDIFF_METRIC_VALUE = 4       /* any other real number (a grade, a mean length) */
};

/* One named metric. `sentence_values`, when given, are the per-sentence values behind it (the
 * host bootstraps intervals from them); `sentence_index[i]` names the sentence of value i, or is
 * NULL when value i belongs to sentence i. */
typedef struct aspectdiff_metric {
  uint32_t struct_size;
  aspectdiff_str name;
  aspectdiff_str label; /* a short human description; may be empty */
  double value;
  int32_t kind; /* enum aspectdiff_metric_kind */
  const aspectdiff_span *evidence;
  size_t evidence_count;
  const double *sentence_values;
  const uint32_t *sentence_index;
  size_t sentence_value_count;
} aspectdiff_metric;

typedef struct aspectdiff_attribute {
  aspectdiff_str key;
  aspectdiff_str value;
} aspectdiff_attribute;

/* One item: an actor, a theme, a cue, a key phrase. `key` is canonical and stable across
 * documents, so two documents' items can be matched. */
typedef struct aspectdiff_item {
  uint32_t struct_size;
  aspectdiff_str key;
  aspectdiff_str label;
  aspectdiff_str category;
  double weight;
  uint64_t count;
  const aspectdiff_attribute *attributes;
  size_t attribute_count;
  const aspectdiff_span *evidence;
  size_t evidence_count;
} aspectdiff_item;

/* Where a plugin writes its result. The host copies everything it keeps before the callback
 * returns, so the plugin may pass pointers to temporaries. */
typedef struct aspectdiff_result_sink {
  uint32_t struct_size;
  void *context;
  void (*metric)(void *context, const aspectdiff_metric *metric);
  void (*item)(void *context, const aspectdiff_item *item);
  void (*note)(void *context, aspectdiff_str message); /* a remark shown with the result */
} aspectdiff_result_sink;

/* A finished result of another aspect for the same document, given read-only to a plugin that
 * declared it requires that aspect. */
typedef struct aspectdiff_result_view {
  uint32_t struct_size;
  aspectdiff_str aspect;
  aspectdiff_str plugin;
  aspectdiff_str plugin_version;
  const aspectdiff_metric *metrics;
  size_t metric_count;
  const aspectdiff_item *items;
  size_t item_count;
} aspectdiff_result_view;

/* Resolved configuration, flattened: tables become dotted keys ("lexicon.extra"); an array
 * becomes several entries with the same key, in order. */
enum aspectdiff_value_type {
  ASPECTDIFF_VALUE_STRING = 0,
  ASPECTDIFF_VALUE_INTEGER = 1,
  ASPECTDIFF_VALUE_FLOAT = 2,
  ASPECTDIFF_VALUE_BOOL = 3
};

typedef struct aspectdiff_config_entry {
  aspectdiff_str key;
  int32_t type;        /* enum aspectdiff_value_type */
  aspectdiff_str text; /* STRING: the string; others: the value as written in TOML */
  double number;       /* INTEGER, FLOAT, BOOL (0 or 1) */
} aspectdiff_config_entry;

/* Arguments to `create`. `record_data` lets the plugin tell the host which data bytes it uses
 * (built-in or user files); the host hashes them into the result's provenance. */
typedef struct aspectdiff_create_args {
  uint32_t struct_size;
  const aspectdiff_config_entry *config;
  size_t config_count;
  aspectdiff_str config_dir; /* directory of the configuration file, for relative paths */
  void *context;
  void (*record_data)(void *context, aspectdiff_str label, aspectdiff_str bytes);
  void (*warn)(void *context, aspectdiff_str message);
} aspectdiff_create_args;

/* Where a plugin's own comparison writes. Findings are differences a reader should see, each
 * with evidence from both sides. */
typedef struct aspectdiff_finding {
  uint32_t struct_size;
  aspectdiff_str key;
  aspectdiff_str label; /* a sentence a reader understands: "B is more negative about Russia" */
  aspectdiff_str category;
  double value_a;
  double value_b;
  /* How large the difference is, for ranking across aspects: a standardised effect size (the
   * difference over its standard error, z-like), >= 0, not weighted by coverage. */
  double magnitude;
  const aspectdiff_span *evidence_a;
  size_t evidence_a_count;
  const aspectdiff_span *evidence_b;
  size_t evidence_b_count;
  /* ABI 1.1: the share (0..1) of the documents the finding concerns, e.g. a theme's share of
   * sentences or an actor's salience, the larger of the two sides; negative when unknown. A
   * finding from a 1.0 plugin (struct_size ends before this field) counts as unknown. */
  double coverage;
} aspectdiff_finding;

typedef struct aspectdiff_compare_sink {
  uint32_t struct_size;
  void *context;
  void (*similarity)(void *context, double similarity); /* in [0, 1]; replaces the generic one */
  void (*finding)(void *context, const aspectdiff_finding *finding);
  /* ABI 1.2: nonzero when the caller keeps only the similarity (a batch ranking thousands of
   * documents against a reference): the plugin may skip its findings and the work only they
   * need, such as bootstrap intervals. Findings written anyway are dropped. A plugin must give
   * the same similarity either way. A 1.1 host's sink ends before this field. */
  int32_t similarity_only;
} aspectdiff_compare_sink;

/* An aspect a plugin reads. A required aspect that no loaded plugin provides makes the host
 * refuse the plugin; an optional one (`optional` = 1) lets it run without that input, and the
 * plugin says in a note what it could not do. A provider older than `min_version` is refused
 * either way. */
typedef struct aspectdiff_requirement {
  const char *aspect;      /* NUL-terminated */
  const char *min_version; /* NUL-terminated "major.minor[.patch]" of the providing plugin */
  int32_t optional;        /* 0: required; 1: used when present */
} aspectdiff_requirement;

/* Functions. Every one returns enum aspectdiff_status; on failure it may set *message to a
 * NUL-terminated string allocated by the plugin, which the host copies and passes back to
 * `release_message`. */
typedef int32_t (*aspectdiff_create_fn)(const aspectdiff_create_args *args, void **instance,
                                        char **message);
typedef void (*aspectdiff_destroy_fn)(void *instance);
typedef int32_t (*aspectdiff_extract_fn)(const void *instance, const aspectdiff_document *document,
                                         const aspectdiff_result_view *inputs, size_t input_count,
                                         const aspectdiff_result_sink *sink, char **message);
typedef void (*aspectdiff_release_fn)(char *message);
typedef int32_t (*aspectdiff_compare_fn)(const void *instance, const aspectdiff_document *a,
                                         const aspectdiff_result_view *result_a,
                                         const aspectdiff_document *b,
                                         const aspectdiff_result_view *result_b,
                                         const aspectdiff_compare_sink *sink, char **message);

/* The static descriptor. Fields up to `release_message` exist since ABI 1.0. */
typedef struct aspectdiff_plugin_descriptor {
  uint32_t abi_major;
  uint32_t abi_minor;
  uint32_t struct_size;
  const char *name;    /* [a-z0-9_]+, equals the file name without extension */
  const char *version; /* "major.minor.patch" */
  const char *aspect;  /* the aspect it provides */
  const char *summary;
  const char *languages;      /* comma-separated BCP 47 primary tags it handles, or "*" */
  const char *default_config; /* TOML text; may be "" */
  const aspectdiff_requirement *requires_list;
  size_t requires_count;
  aspectdiff_create_fn create;
  aspectdiff_destroy_fn destroy;
  aspectdiff_extract_fn extract;
  aspectdiff_compare_fn compare; /* may be NULL: the host's generic comparison applies */
  aspectdiff_release_fn release_message;
} aspectdiff_plugin_descriptor;

/* Size of the descriptor as ABI 1.0 defines it; a plugin's struct_size must be at least this. */
#define ASPECTDIFF_DESCRIPTOR_SIZE_1_0 (sizeof(aspectdiff_plugin_descriptor))

typedef const aspectdiff_plugin_descriptor *(*aspectdiff_entry_fn)(void);

#ifdef __cplusplus
}
#endif

#endif /* ASPECTDIFF_ABI_H */
