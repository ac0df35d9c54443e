package io.mayorsdialogue.api;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.enterprise.context.ApplicationScoped;
import io.mayorsdialogue.api.idempotency.RecordsIdempotentAnswers;
import io.mayorsdialogue.api.ids.Ids;
import jakarta.persistence.Entity;
import jakarta.ws.rs.HeaderParam;

import java.util.UUID;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * How the house is laid out (ARCHITECTURE.md): features and cross-cutting packages depend one way; resources only
 * translate HTTP; a feature's tables are reached only through its own repository.
 */
@AnalyzeClasses(packages = "io.mayorsdialogue.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Every top-level package under the base is a slice; no two may depend on each other, directly or around a loop. */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("io.mayorsdialogue.api.(*)..").should().beFreeOfCycles();

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

    /** Entities keep their own enums: an edit of the contract cannot change what is stored. */
    @ArchTest
    static final ArchRule entitiesDoNotUseTransportModels = noClasses()
            .that().areAnnotatedWith(Entity.class)
            .should().dependOnClassesThat().resideInAPackage("..api.model..");

    /** Beans are reached without a client proxy (ARCHITECTURE.md: the proxy's look-up cost the single event 5 %). */
    @ArchTest
    static final ArchRule beansAreSingletonsNotApplicationScoped = noClasses()
            .should().beAnnotatedWith(ApplicationScoped.class)
            .because("a call through an @ApplicationScoped bean's client proxy looks the bean up each time; use @Singleton");

    @ArchTest
    static final ArchRule newIdsAreTimeOrdered = noClasses()
            .that().doNotBelongToAnyOf(Ids.class)
            .should().callMethod(UUID.class, "randomUUID")
            .because("an id the service stores comes from Ids.newId: a random one lands on any page of its indexes (bench/README.md)");

    /**
     * A keyed request's key is claimed only by the interceptor of {@link RecordsIdempotentAnswers}, in the change's
     * transaction: an operation that takes an {@code Idempotency-Key}, implemented without it, would ignore the key.
     */
    @ArchTest
    static final ArchRule keyedOperationsClaimTheirKeys = classes()
            .that().areNotInterfaces().and(implementAnOperationTakingAnIdempotencyKey())
            .should().beAnnotatedWith(RecordsIdempotentAnswers.class);

    private static DescribedPredicate<JavaClass> implementAnOperationTakingAnIdempotencyKey() {
        return new DescribedPredicate<>("implement an operation that takes an Idempotency-Key") {
            @Override
            public boolean test(JavaClass type) {
                return type.getAllRawInterfaces().stream().flatMap(api -> api.getMethods().stream())
                        .flatMap(method -> method.getParameters().stream())
                        .anyMatch(parameter -> parameter.isAnnotatedWith(HeaderParam.class)
                                && "Idempotency-Key".equals(parameter.getAnnotationOfType(HeaderParam.class).value()));
            }
        };
    }

    /** The demo data loader is the one exception: it writes the whole catalogue at start. */
    @ArchTest
    static final ArchRule repositoriesAreUsedOnlyByTheirFeature = classes()
            .that().haveSimpleNameEndingWith("Repository")
            .should(beUsedOnlyFromTheirOwnPackageOr("io.mayorsdialogue.api.demo"));

    private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnPackageOr(String exempt) {
        return new ArchCondition<>("be used only from their own package or " + exempt) {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                repository.getDirectDependenciesToSelf().forEach(dependency -> {
                    JavaClass user = dependency.getOriginClass();
                    String pkg = user.getPackageName();
                    if (!pkg.equals(repository.getPackageName()) && !pkg.equals(exempt)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }
}
