//! Generates realistic `.perf` documents of any size for benchmarks: copies of the reference
//! document's seven unit files, each copy with its own unit and project codes.

use std::path::Path;

/// The reference's unit files, read once.
pub struct Corpus {
    header: String,
    units: Vec<String>,
}

impl Corpus {
    pub fn load(example_dir: &Path) -> Corpus {
        let root =
            std::fs::read_to_string(example_dir.join("chengde-2023.perf")).expect("reference root");
        let header = root.split("\n包含").next().unwrap_or(&root).to_string();
        let mut paths: Vec<_> = std::fs::read_dir(example_dir.join("units"))
            .expect("units directory")
            .map(|e| e.expect("entry").path())
            .collect();
        paths.sort();
        let units = paths
            .iter()
            .map(|p| std::fs::read_to_string(p).expect("unit file"))
            .collect();
        Corpus { header, units }
    }

    /// A single-file document of at least `bytes` bytes.
    #[allow(dead_code)] // the check bench sizes by bytes, the typeset bench by copies
    pub fn document(&self, bytes: usize) -> String {
        let mut out = self.header.clone();
        let mut copy = 0;
        while out.len() < bytes {
            self.push_copy(&mut out, copy);
            copy += 1;
        }
        out
    }

    /// A single-file document of `copies` copies of the reference's projects (36 each).
    #[allow(dead_code)] // see `document`
    pub fn copies(&self, copies: usize) -> String {
        let mut out = self.header.clone();
        for copy in 0..copies {
            self.push_copy(&mut out, copy);
        }
        out
    }

    fn push_copy(&self, out: &mut String, copy: usize) {
        for (u, unit) in self.units.iter().enumerate() {
            out.push_str(&renumber(unit, copy, u));
        }
    }
}

/// Gives copy `copy` of unit file `u` its own unit code and project codes.
fn renumber(unit: &str, copy: usize, u: usize) -> String {
    let unit_code = format!("{:06}", 100_000 + copy * 10 + u);
    let mut out = String::with_capacity(unit.len());
    let mut project = 0;
    for line in unit.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix("项目 ") {
            let (_, tail) = rest.split_once(' ').unwrap_or((rest, ""));
            project += 1;
            out.push_str(&format!(
                "项目 130800{:02}P{:011}{} {tail}",
                23,
                (copy * 10 + u) * 100 + project,
                project % 10
            ));
        } else if line.starts_with("单位 5430") {
            out.push_str(&format!("单位 {unit_code}{}", &line["单位 543001".len()..]));
        } else if line.starts_with("  单位 5430") {
            out.push_str(&format!("  单位 {unit_code}\n"));
        } else {
            out.push_str(line);
        }
    }
    out
}
