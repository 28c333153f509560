package org.annals.reference;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionGazetteerTests {

	private static final RegionGazetteer regions = ReferenceData.load(new JobsDirectory(Path.of("jobs"))).regions();

	@Test
	void theWholeProvinceIsSichuan() {
		Region province = regions.province();
		assertThat(province.code()).isEqualTo("510000");
		assertThat(province.name()).isEqualTo("四川省");
		assertThat(province.level()).isEqualTo(Region.Level.PROVINCE);
		assertThat(province.parentCode()).isNull();
	}

	@Test
	void sichuanHasItsTwentyOneCitiesAndPrefecturesInCodeOrder() {
		List<Region> children = regions.children("510000");
		assertThat(children).extracting(Region::code)
			.containsExactly("510100", "510300", "510400", "510500", "510600", "510700", "510800", "510900", "511000",
					"511100", "511300", "511400", "511500", "511600", "511700", "511800", "511900", "512000", "513200",
					"513300", "513400");
		assertThat(children).extracting(Region::level).containsOnly(Region.Level.PREFECTURE);
		assertThat(children.get(0).name()).isEqualTo("成都市");
		assertThat(children.get(20).name()).isEqualTo("凉山彝族自治州");
	}

	@Test
	void aCountyHasNoChildren() {
		assertThat(regions.children("510104")).isEmpty();
	}

	@Test
	void aRegionIsFoundByCode() {
		Region jinjiang = regions.byCode("510104").orElseThrow();
		assertThat(jinjiang.name()).isEqualTo("锦江区");
		assertThat(jinjiang.shortName()).isEqualTo("锦江");
		assertThat(jinjiang.level()).isEqualTo(Region.Level.COUNTY);
		assertThat(jinjiang.parentCode()).isEqualTo("510100");
		assertThat(regions.byCode("999999")).isEmpty();
	}

	@Test
	void aCityIsFoundByItsShortName() {
		assertThat(code("成都", province())).contains("510100");
	}

	@Test
	void aCityIsFoundByItsFullName() {
		assertThat(code("成都市", province())).contains("510100");
	}

	@Test
	void anAutonomousPrefectureIsFoundByItsShortNameWithZhou() {
		assertThat(code("阿坝州", province())).contains("513200");
	}

	@Test
	void anAutonomousPrefectureIsFoundByItsShortNameWithoutZhou() {
		assertThat(code("凉山", province())).contains("513400");
	}

	@Test
	void anAutonomousPrefectureIsFoundByItsFullName() {
		assertThat(code("凉山彝族自治州", province())).contains("513400");
	}

	@Test
	void paddingWithIdeographicSpacesIsIgnored() {
		assertThat(code("\u3000\u3000自贡市", province())).contains("510300");
	}

	@Test
	void aNameSharedByACityAndItsDistrictMeansTheCityAmongCities() {
		assertThat(code("广安", province())).contains("511600");
		assertThat(regions.resolve("广安", province()).orElseThrow().name()).isEqualTo("广安市");
	}

	@Test
	void aNameSharedByAPrefectureAndItsCountyMeansThePrefectureAmongCities() {
		assertThat(code("阿坝", province())).contains("513200");
	}

	@Test
	void aShortNameInATableOfItsOwnCityMeansTheDistrictUnderIt() {
		// A county table scoped to 广安市 lists 广安, 前锋, 岳池…: 广安 there is 广安区.
		assertThat(code("广安", city("511600"))).contains("511602");
		assertThat(code("阿坝", city("513200"))).contains("513231");
	}

	@Test
	void aDistrictIsFoundWithinItsCity() {
		assertThat(code("锦江区", city("510100"))).contains("510104");
		assertThat(code("锦江", city("510100"))).contains("510104");
	}

	@Test
	void aCountyNameSharedAcrossCitiesIsFoundWithinTheScopeCity() {
		assertThat(code("市中区", city("511100"))).contains("511102");
		assertThat(code("市中区", city("511000"))).contains("511002");
	}

	@Test
	void aCountyNameSharedAcrossCitiesIsAmbiguousForTheWholeProvince() {
		assertThat(regions.resolve("市中区", province())).isEmpty();
	}

	@Test
	void aCountyNameSharedOnlyOutsideTheProvinceIsAmbiguous() {
		assertThat(regions.resolve("朝阳区", province())).isEmpty();
	}

	@Test
	void aMisspelledNameIsUnknown() {
		assertThat(regions.resolve("成督市", province())).isEmpty();
	}

	@Test
	void anEmptyLabelIsUnknown() {
		assertThat(regions.resolve("\u3000", province())).isEmpty();
	}

	@Test
	void aDistrictLiesWithinItsCityAndProvince() {
		Region jinjiang = regions.byCode("510104").orElseThrow();
		assertThat(regions.isWithin(jinjiang, city("510100"))).isTrue();
		assertThat(regions.isWithin(jinjiang, province())).isTrue();
		assertThat(regions.isWithin(jinjiang, city("510700"))).isFalse();
		assertThat(regions.isWithin(province(), jinjiang)).isFalse();
	}

	@Test
	void aCountyOf2014ResolvesToItsCodeOf2014() {
		// issue 20: a 2014 table names 双流县 and 郫县, before 撤县设区
		assertThat(regions.resolve("双流县", city("510100"), 2014)).map(Region::code).contains("510122");
		assertThat(regions.resolve("郫县", city("510100"), 2014)).map(Region::code).contains("510124");
		assertThat(regions.resolve("双流", city("510100"), 2014)).map(Region::code).contains("510122");
		assertThat(regions.resolve("双流区", city("510100"), 2014)).map(Region::code).contains("510122");
	}

	@Test
	void aFormerNameResolvesToTheDivisionOfTheYear() {
		assertThat(regions.resolve("双流", city("510100"), 2022)).map(Region::code).contains("510116");
		assertThat(regions.resolve("郫县", city("510100"), 2022)).map(Region::code).contains("510117");
		assertThat(regions.resolve("双流", city("510100"))).map(Region::code).contains("510116");
		assertThat(regions.resolve("马尔康县", province(), 2016)).map(Region::code).contains("513201");
		assertThat(regions.resolve("康定市", province(), 2014)).map(Region::code).contains("513321");
		assertThat(regions.resolve("康定县", province(), 2014).orElseThrow().parentCode()).isEqualTo("513300");
	}

	@Test
	void aDivisionNamedInAYearItDidNotStandIsFoundAsWritten() {
		// 恩阳区 was carved out of 巴州区 in 2013: a 2010 figure of it loads, with a warning
		Region enyang = regions.resolve("恩阳区", province(), 2010).orElseThrow();
		assertThat(enyang.code()).isEqualTo("511903");
		assertThat(regions.asOf(enyang, 2010)).isEmpty();
	}

	@Test
	void jianyangIsUnderZiyangIn2015AndUnderChengduIn2017() {
		Region in2015 = regions.resolve("简阳市", province(), 2015).orElseThrow();
		assertThat(in2015.code()).isEqualTo("512081");
		assertThat(in2015.parentCode()).isEqualTo("512000");
		Region in2017 = regions.resolve("简阳市", province(), 2017).orElseThrow();
		assertThat(in2017.code()).isEqualTo("510185");
		assertThat(in2017.parentCode()).isEqualTo("510100");
		assertThat(regions.asOf(in2017, 2015)).contains(in2015);
	}

	@Test
	void aCityListsTheDivisionsOfTheYear() {
		assertThat(regions.children("510100", 2014)).extracting(Region::code)
			.containsExactly("510104", "510105", "510106", "510107", "510108", "510112", "510113", "510114", "510115",
					"510121", "510122", "510124", "510129", "510131", "510132", "510181", "510182", "510183", "510184");
		assertThat(regions.children("510100", 2017)).extracting(Region::code).contains("510116", "510117", "510185");
		assertThat(regions.children("512000", 2015)).extracting(Region::code)
			.containsExactly("512002", "512021", "512022", "512081");
		assertThat(regions.children("512000", 2016)).extracting(Region::code)
			.containsExactly("512002", "512021", "512022");
	}

	@Test
	void anAreaChangeIsKnownByItsYear() {
		assertThat(regions.areaChanged(city("510100"), 2015, 2016)).isTrue();
		assertThat(regions.areaChanged(city("512000"), 2015, 2016)).isTrue();
		assertThat(regions.areaChanged(city("510100"), 2016, 2017)).isFalse();
		assertThat(regions.areaChanged(city("510116"), 2014, 2015)).isFalse();
		assertThat(regions.areaChanged(city("510700"), 2015, 2016)).isFalse();
	}

	private static Region province() {
		return regions.province();
	}

	private static Region city(String code) {
		return regions.byCode(code).orElseThrow();
	}

	private static Optional<String> code(String written, Region scope) {
		return regions.resolve(written, scope).map(Region::code);
	}

}
