// Line ends of .perf, which perf.pest decides by looking ahead where an LR parser cannot:
//
// - LINE_END: a line break or `;` ends a statement (blank and comment lines are more of them).
// - CONTINUE: a line break followed, after the indentation, by a string: that string continues
//   the text before it (`text = { string ~ (next_line ~ &"\"" ~ string)* }`).
// - CONTINUE_ALONE: the same in a self-evaluation or a monitoring, where a string continues the
//   text only if it stands alone on its line; with more after it, it begins the next row
//   (`evaluation_text`).
//
// The scanner keeps no state.

#include "tree_sitter/parser.h"

enum TokenType { LINE_END, CONTINUE, CONTINUE_ALONE };

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

bool tree_sitter_perf_external_scanner_scan(void *payload, TSLexer *lexer, const bool *valid) {
  (void)payload;
  // In error recovery every token is valid; let the grammar's own tokens recover.
  if (valid[CONTINUE] && valid[CONTINUE_ALONE]) return false;

  while (is_blank(lexer->lookahead)) lexer->advance(lexer, true);

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
