//! The typeset document as pages for `perfc preview`: each page as SVG, with the rectangles
//! whose click leads to a place in the sources (the links `perfc:FILE:OFFSET` that the official
//! template puts on a row's cells when the data gives the row's place).

use std::sync::Arc;

use typst::layout::{Frame, FrameItem, Point, Transform};
use typst::model::Destination;
use typst_layout::PagedDocument;

/// One page.
pub struct Page {
    pub svg: Arc<str>,
    /// Identifies the page's content: the same for the same page from another build.
    pub hash: u128,
    /// Size in points.
    pub width: f64,
    pub height: f64,
    pub links: Vec<LinkBox>,
}

/// A rectangle of a page (points from its top left) and where a click on it leads: the link as
/// the template wrote it, `perfc:FILE:OFFSET`.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkBox {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub link: String,
}

/// Every page of `document`.
pub fn pages(document: &PagedDocument) -> Vec<Page> {
    document
        .pages()
        .iter()
        .map(|page| {
            let mut links = Vec::new();
            links_in(&page.frame, Transform::identity(), &mut links);
            Page {
                svg: svg(page),
                hash: typst::utils::hash128(page),
                width: page.frame.width().to_pt(),
                height: page.frame.height().to_pt(),
                links,
            }
        })
        .collect()
}

/// A page as SVG, remembered like Typst's own work (and forgotten with it, `comemo::evict`):
/// rendering is most of a preview's build, and an edit changes a page or two.
#[comemo::memoize]
fn svg(page: &typst_layout::Page) -> Arc<str> {
    typst_svg::svg(page, &typst_svg::SvgOptions::default()).into()
}

/// The links to places in `frame` (transformed by `transform` onto the page), into `out`.
fn links_in(frame: &Frame, transform: Transform, out: &mut Vec<LinkBox>) {
    for (position, item) in frame.items() {
        let here = transform.pre_concat(Transform::translate(position.x, position.y));
        match item {
            FrameItem::Group(group) => {
                links_in(&group.frame, here.pre_concat(group.transform), out)
            }
            FrameItem::Link(Destination::Url(url), size) if url.starts_with("perfc:") => {
                let corners = [
                    Point::zero(),
                    Point::with_x(size.x),
                    Point::with_y(size.y),
                    size.to_point(),
                ]
                .map(|corner| corner.transform(here));
                let xs = corners.map(|c| c.x.to_pt());
                let ys = corners.map(|c| c.y.to_pt());
                let (left, top) = (min(xs), min(ys));
                out.push(LinkBox {
                    x: left,
                    y: top,
                    width: max(xs) - left,
                    height: max(ys) - top,
                    link: url.as_str().to_string(),
                });
            }
            _ => {}
        }
    }
}

fn min(values: [f64; 4]) -> f64 {
    values.into_iter().fold(f64::INFINITY, f64::min)
}

fn max(values: [f64; 4]) -> f64 {
    values.into_iter().fold(f64::NEG_INFINITY, f64::max)
}
