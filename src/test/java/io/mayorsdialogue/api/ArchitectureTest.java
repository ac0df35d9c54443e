package io.mayorsdialogue.api;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Resources only translate HTTP: no repositories, no entities; services and repositories know nothing of HTTP. */
@AnalyzeClasses(packages = "io.mayorsdialogue.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule resourcesDoNotTouchRepositories = noClasses()
            .that().haveSimpleNameEndingWith("Resource")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository");

    @ArchTest
    static final ArchRule resourcesDoNotSeeEntities = noClasses()
            .that().haveSimpleNameEndingWith("Resource")
            .should().dependOnClassesThat().areAnnotatedWith(Entity.class);

    @ArchTest
    static final ArchRule servicesAndRepositoriesAreFreeOfHttp = noClasses()
            .that().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Repository")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..");

    @ArchTest
    static final ArchRule generatedModelsAreNotPersisted = noClasses()
            .that().resideInAPackage("..api.model..")
            .should().beAnnotatedWith(Entity.class);
}
