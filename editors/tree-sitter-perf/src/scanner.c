// Line ends of .perf, which perf.pest decides by looking ahead where an LR parser cannot:
//
// - LINE_END: a line break or `;` ends a statement (blank and comment lines are more of them).
// - CONTINUE: a line break followed, after the indentation, by a string: that string continues
//   the text before it (`text = { string ~ (next_line ~ &"\"" ~ string)* }`).
// - CONTINUE_ALONE: the same in a self-evaluation or a monitoring, where a string continues the
//   text only if it stands alone on its line; with more after it, it begins the next row
//   (`evaluation_text`).
//
// - WORD_COMPARATOR: a comparator spelled in words (`不低于`), read as one only when a number or
//   a template blank follows, as perf.pest's `value` tries a quantity first; otherwise the word
//   is a level (`超过预期`).
//
// The scanner keeps no state.

#include <string.h>

#include "tree_sitter/parser.h"

enum TokenType { LINE_END, CONTINUE, CONTINUE_ALONE, WORD_COMPARATOR };

// perf.pest's `comparator` in words (editors/test/keywords.test.js holds this list to it).
static const char *const WORD_COMPARATORS[] = {
    "大于等于", "小于等于", "不低于", "不少于", "不小于", "不高于", "不超过", "不多于",
    "不大于",   "等于",     "大于",   "小于",   "高于",   "低于",   "超过",
};
static const unsigned WORD_COMPARATOR_COUNT = sizeof WORD_COMPARATORS / sizeof *WORD_COMPARATORS;

void *tree_sitter_perf_external_scanner_create(void) { return NULL; }
void tree_sitter_perf_external_scanner_destroy(void *payload) { (void)payload; }
unsigned tree_sitter_perf_external_scanner_serialize(void *payload, char *buffer) {
  (void)payload;
  (void)buffer;
  return 0;
}
void tree_sitter_perf_external_scanner_deserialize(void *payload, const char *buffer, unsigned length) {
  (void)payload;
  (void)buffer;
  (void)length;
}

// perf.pest's `ws`: the tab and the space separators.
static bool is_blank(int32_t c) {
  return c == '\t' || c == ' ' || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
         c == 0x202f || c == 0x205f || c == 0x3000;
}

static bool is_line_break(int32_t c) { return c == '\n' || c == '\r'; }

// Past a string whose opening quote is the lookahead: whether it closes on its line.
static bool skip_string(TSLexer *lexer) {
  lexer->advance(lexer, false);
  for (;;) {
    int32_t c = lexer->lookahead;
    if (lexer->eof(lexer) || is_line_break(c)) return false;
    lexer->advance(lexer, false);
    if (c == '"') return true;
    if (c == '\\') {
      if (lexer->eof(lexer) || is_line_break(lexer->lookahead)) return false;
      lexer->advance(lexer, false);
    }
  }
}

// `c` in UTF-8 at `out` (room for four bytes); its length.
static unsigned utf8(int32_t c, char *out) {
  if (c < 0x80) { out[0] = (char)c; return 1; }
  if (c < 0x800) {
    out[0] = (char)(0xc0 | (c >> 6));
    out[1] = (char)(0x80 | (c & 0x3f));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = (char)(0xe0 | (c >> 12));
    out[1] = (char)(0x80 | ((c >> 6) & 0x3f));
    out[2] = (char)(0x80 | (c & 0x3f));
    return 3;
  }
  out[0] = (char)(0xf0 | (c >> 18));
  out[1] = (char)(0x80 | ((c >> 12) & 0x3f));
  out[2] = (char)(0x80 | ((c >> 6) & 0x3f));
  out[3] = (char)(0x80 | (c & 0x3f));
  return 4;
}

// Whether the `length` bytes at `read` begin a word comparator (`whole`: are one).
static bool begins_comparator(const char *read, unsigned length, bool whole) {
  for (unsigned i = 0; i < WORD_COMPARATOR_COUNT; i++) {
    const char *word = WORD_COMPARATORS[i];
    if (strncmp(word, read, length) == 0 && (!whole || word[length] == '\0')) return true;
  }
  return false;
}

// perf.pest's `placeholder` is a run of one of these kinds: `**`, `XX`, `××`; 0 for another.
static int placeholder_kind(int32_t c) {
  if (c == '*' || c == 0xff0a) return 1;
  if (c == 'X' || c == 'x') return 2;
  if (c == 0xd7) return 3;
  return 0;
}

// The longest word comparator at the lookahead, when a number or a template blank follows it.
// A shorter one never wins over a longer: the character that extends it is not a digit.
static bool scan_word_comparator(TSLexer *lexer) {
  char read[16];
  unsigned length = 0;
  for (;;) {
    char next[4];
    unsigned n = utf8(lexer->lookahead, next);
    if (lexer->eof(lexer) || length + n > sizeof read) break;
    memcpy(read + length, next, n);
    if (!begins_comparator(read, length + n, false)) break;
    length += n;
    lexer->advance(lexer, false);
  }
  if (length == 0 || !begins_comparator(read, length, true)) return false;
  lexer->mark_end(lexer);
  while (is_blank(lexer->lookahead)) lexer->advance(lexer, false);
  int32_t c = lexer->lookahead;
  if (c < '0' || c > '9') {
    // Not a number: a template blank, two of one kind at least.
    int kind = placeholder_kind(c);
    lexer->advance(lexer, false);
    if (kind == 0 || placeholder_kind(lexer->lookahead) != kind) return false;
  }
  lexer->result_symbol = WORD_COMPARATOR;
  return true;
}

bool tree_sitter_perf_external_scanner_scan(void *payload, TSLexer *lexer, const bool *valid) {
  (void)payload;
  // In error recovery every token is valid; let the grammar's own tokens recover.
  if (valid[CONTINUE] && valid[CONTINUE_ALONE]) return false;

  while (is_blank(lexer->lookahead)) lexer->advance(lexer, true);

  if (valid[WORD_COMPARATOR] && scan_word_comparator(lexer)) return true;

  if (lexer->lookahead == ';') {
    if (!valid[LINE_END]) return false;
    lexer->advance(lexer, false);
    lexer->mark_end(lexer);
    lexer->result_symbol = LINE_END;
    return true;
  }
  if (!is_line_break(lexer->lookahead)) return false;

  if (lexer->lookahead == '\r') lexer->advance(lexer, false);
  if (lexer->lookahead == '\n') lexer->advance(lexer, false);
  lexer->mark_end(lexer);

  if (valid[CONTINUE] || valid[CONTINUE_ALONE]) {
    while (is_blank(lexer->lookahead)) lexer->advance(lexer, false);
    if (lexer->lookahead == '"') {
      if (valid[CONTINUE]) {
        lexer->mark_end(lexer);
        lexer->result_symbol = CONTINUE;
        return true;
      }
      // The token ends before the string; what follows it only decides which token this is.
      lexer->mark_end(lexer);
      if (skip_string(lexer)) {
        while (is_blank(lexer->lookahead)) lexer->advance(lexer, false);
        int32_t c = lexer->lookahead;
        if (lexer->eof(lexer) || is_line_break(c) || c == '#' || c == '}') {
          lexer->result_symbol = CONTINUE_ALONE;
          return true;
        }
      }
      // Not a continuation: a line end, which a row that begins with this string follows.
      if (!valid[LINE_END]) return false;
      lexer->result_symbol = LINE_END;
      return true;
    }
  }
  if (!valid[LINE_END]) return false;
  lexer->result_symbol = LINE_END;
  return true;
}
