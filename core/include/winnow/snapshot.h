// The browser's front door: the content script's compact DOM snapshot, parsed into the tree
// view in one call (no per-node round trips).
//
// Format (version 1), produced by extension/content/snapshot.js:
//   a string of records separated by U+001E; fields inside a record separated by U+001F.
//   Record 0 (header):  "W1" url lang title canonical
//   Then one record per node, in document (pre-)order, elements and text nodes:
//     element: "E" depth tag id class role flags extra
//     text:    "T" depth text
//   depth is the node's depth below <html> (0 for <html> itself) in decimal; tag is lower
//   case; flags is a string of letters: 'h' hidden (display:none, visibility:hidden,
//   hidden/aria-hidden attribute, zero size), others reserved and ignored; extra is
//   "name=value;" pairs for the attributes the classifier reads (href, itemprop, rel,
//   aria-label, datetime). The producer replaces U+001E and U+001F inside values by spaces
//   and skips script, style, noscript, template, svg and comment nodes entirely. It may also
//   leave out everything below an element it flags 'h' (the content script does; to_snapshot
//   does not): nothing below a hidden element becomes a block, and the answer is the same
//   either way (tests/node/extract-parity.test.mjs checks it).
// Element records are numbered 0,1,2... in order: Block::node for a snapshot page is that
// element index, which the content script maps back to its element list.
#pragma once

#include <string>
#include <string_view>

#include "winnow/dom.h"

namespace winnow::dom {

// Never throws: malformed records are skipped, an unreadable header gives an empty tree.
Tree from_snapshot(std::string_view snapshot);

// The url field of a snapshot's header ("" when the header is unreadable).
std::string snapshot_url(std::string_view snapshot);

// The reverse: the snapshot a content script would send for this tree, with `url` in the
// header. Separators inside values become spaces; Node::href is written as the first "href="
// pair of extra. from_snapshot(to_snapshot(t, url)) reads back the same elements and text.
std::string to_snapshot(const Tree& tree, std::string_view url);

}  // namespace winnow::dom
