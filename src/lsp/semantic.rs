//! Semantic tokens: the grammar's tokens (`syntax::tokens`) as the editor's standard token types,
//! positions in UTF-16 relative to the token before, as the protocol asks.

use lsp_types::{SemanticToken, SemanticTokenType, SemanticTokens, SemanticTokensLegend};

use super::buffers::Buffer;
use crate::source::LineIndex;
use crate::syntax::tokens::{TokenKind, tokens};

/// The token types in the order of their indices in the legend.
const TYPES: [(TokenKind, SemanticTokenType); 10] = [
    (TokenKind::Keyword, SemanticTokenType::KEYWORD),
    (TokenKind::String, SemanticTokenType::STRING),
    (TokenKind::Number, SemanticTokenType::NUMBER),
    (TokenKind::Group, SemanticTokenType::NAMESPACE),
    (TokenKind::Category, SemanticTokenType::CLASS),
    (TokenKind::Code, SemanticTokenType::VARIABLE),
    (TokenKind::Comparator, SemanticTokenType::OPERATOR),
    (TokenKind::Unit, SemanticTokenType::TYPE),
    (TokenKind::Level, SemanticTokenType::ENUM_MEMBER),
    (TokenKind::Comment, SemanticTokenType::COMMENT),
];

pub fn legend() -> SemanticTokensLegend {
    SemanticTokensLegend {
        token_types: TYPES.iter().map(|(_, t)| t.clone()).collect(),
        token_modifiers: Vec::new(),
    }
}

pub fn semantic_tokens(document: &Buffer) -> SemanticTokens {
    let text = &document.text;
    let lines = LineIndex::new(text);
    let mut data = Vec::new();
    let (mut line, mut column) = (0, 0);
    for token in tokens(text) {
        let (at_line, at_column) = lines.utf16_position(text, token.start);
        let (_, end_column) = lines.utf16_position(text, token.end);
        let kind = TYPES.iter().position(|(k, _)| *k == token.kind);
        let delta_start = if at_line == line {
            at_column - column
        } else {
            at_column
        };
        data.push(SemanticToken {
            delta_line: at_line - line,
            delta_start,
            // Tokens end on their line: strings and comments do not span lines.
            length: end_column.saturating_sub(at_column),
            token_type: kind.and_then(|k| u32::try_from(k).ok()).unwrap_or(0),
            token_modifiers_bitset: 0,
        });
        (line, column) = (at_line, at_column);
    }
    SemanticTokens {
        result_id: None,
        data,
    }
}
