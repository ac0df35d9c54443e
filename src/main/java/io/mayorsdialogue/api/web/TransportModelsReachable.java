package io.mayorsdialogue.api.web;

import jakarta.inject.Singleton;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;

import java.lang.annotation.ElementType;

/**
 * Hibernate Validator may read and cascade into every property. Without this bean, Quarkus has the validator ask
 * Hibernate ORM whether each property of a validated object is loaded, for every property of every request body:
 * 2.3 % of a registration's CPU samples, ×1.04 registrations a second without it (bench/README.md). Only the
 * transport models are ever validated: the entities carry no constraints and are not validated on flush, and a model
 * has nothing lazy to load.
 */
@Singleton
public class TransportModelsReachable implements TraversableResolver {

    @Override
    public boolean isReachable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
        return true;
    }

    @Override
    public boolean isCascadable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
        return true;
    }
}
