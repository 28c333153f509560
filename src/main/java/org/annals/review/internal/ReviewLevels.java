package org.annals.review.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.annals.reference.Region;
import org.annals.reference.ReferenceData;
import org.annals.reference.RegionGazetteer;
import org.annals.review.ReviewLevel;

import org.springframework.stereotype.Component;

/**
 * The levels an item passes, from its region through the gazetteer's parent codes: a
 * county's item its county, its city and the province; a city's its city and the
 * province; a province-wide item (or one whose region the gazetteer does not know) the
 * province only. And who may see what: a reviewer sees the items of their region and of
 * the regions within it; the province's reviewers see everything.
 */
@Component
public class ReviewLevels {

	private final ReferenceData reference;

	ReviewLevels(ReferenceData reference) {
		this.reference = reference;
	}

	/**
	 * A level and the region whose reviewers act at it.
	 *
	 * @param level the level
	 * @param regionCode the region
	 */
	public record Step(ReviewLevel level, String regionCode) {
	}

	/**
	 * The province's code.
	 * @return the code
	 */
	public String province() {
		return this.reference.regions().province().code();
	}

	/**
	 * The levels of an item's region, first to last.
	 * @param regionCode the item's region
	 * @return the steps
	 */
	public List<Step> of(String regionCode) {
		RegionGazetteer regions = this.reference.regions();
		List<Step> steps = new ArrayList<>();
		Optional<Region> region = regions.byCode(regionCode);
		if (region.isPresent() && region.get().level() == Region.Level.COUNTY) {
			steps.add(new Step(ReviewLevel.COUNTY, region.get().code()));
			region = Optional.ofNullable(region.get().parentCode()).flatMap(regions::byCode);
		}
		if (region.isPresent() && region.get().level() == Region.Level.PREFECTURE) {
			steps.add(new Step(ReviewLevel.CITY, region.get().code()));
		}
		steps.add(new Step(ReviewLevel.PROVINCE, province()));
		return steps;
	}

	/**
	 * The level after one, if any.
	 * @param regionCode the item's region
	 * @param level the level passed
	 * @return the next step
	 */
	public Optional<Step> after(String regionCode, ReviewLevel level) {
		List<Step> steps = of(regionCode);
		for (int i = 0; i < steps.size() - 1; i++) {
			if (steps.get(i).level() == level) {
				return Optional.of(steps.get(i + 1));
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether a reviewer of a region may see an item of another.
	 * @param reviewerRegion the reviewer's region
	 * @param itemRegion the item's region
	 * @return true for the province's reviewers, and for an item in the reviewer's region
	 */
	public boolean sees(String reviewerRegion, String itemRegion) {
		if (reviewerRegion == null) {
			return false;
		}
		if (reviewerRegion.equals(province()) || reviewerRegion.equals(itemRegion)) {
			return true;
		}
		RegionGazetteer regions = this.reference.regions();
		Optional<Region> item = regions.byCode(itemRegion);
		Optional<Region> area = regions.byCode(reviewerRegion);
		return item.isPresent() && area.isPresent() && regions.isWithin(item.get(), area.get());
	}

	/**
	 * The region of a department's items: its region in {@code departments.yml}, else the
	 * province.
	 * @param department the department's folder
	 * @return the region's code
	 */
	public String regionOf(String department) {
		return this.reference.departments()
			.byFolder(department)
			.map((d) -> d.region())
			.filter((r) -> r != null && !r.isBlank())
			.orElse(province());
	}

	/**
	 * The region of a table: the city of a county table, else the province.
	 * @param tableId the table
	 * @return the region's code
	 */
	public String regionOfTable(String tableId) {
		return this.reference.table(tableId)
			.map((t) -> t.rows())
			.filter((rows) -> "counties".equals(rows.set()) && rows.of() != null)
			.map((rows) -> rows.of())
			.orElse(province());
	}

}
