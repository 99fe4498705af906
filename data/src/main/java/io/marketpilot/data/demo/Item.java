package io.marketpilot.data.demo;

import java.util.List;

/**
 * One catalogue item. {@code quality} and {@code popularity} are hidden truth: they drive the
 * simulation and appear only in {@code truth.json}.
 *
 * @param index      position in the catalogue (0-based); {@code id} is "sku-" + (index + 1)
 * @param color      colour, or {@code null} for departments without colours
 * @param popularity share of global demand (all items sum to 1)
 * @param rank       popularity rank within the department (0 = most popular)
 */
record Item(int index, String id, int dept, int sub, int noun, int brand, Term title,
            String description, long priceCents, int stock, boolean available, long createdAt,
            List<String> tags, Term color, String spec, double quality, double popularity, int rank) {

    Department department() {
        return Departments.ALL.get(dept);
    }

    Department.Sub subCategory() {
        return department().subs().get(sub);
    }

    Term nounTerm() {
        return subCategory().nouns().get(noun);
    }

    Term brandTerm() {
        return department().brands().get(brand);
    }

    /** Category path, 2 or 3 levels: department, sub-category and, for deep sub-categories, the noun. */
    List<Term> categoryPath() {
        Department.Sub s = subCategory();
        return s.deep() ? List.of(department().name(), s.name(), nounTerm())
                : List.of(department().name(), s.name());
    }

    Item withPopularity(double share, int rankInDepartment, List<String> newTags) {
        return new Item(index, id, dept, sub, noun, brand, title, description, priceCents, stock,
                available, createdAt, newTags, color, spec, quality, share, rankInDepartment);
    }
}
