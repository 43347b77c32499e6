package com.toolkitatlas.web;

import java.util.List;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Role;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page may need besides its own content: the current path, to mark the current section
 * in the navigation, and the six roles, for the compare picker.
 */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    private final Catalogue catalogue;

    PageModel(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @ModelAttribute("allRoles")
    List<Role> allRoles() {
        return catalogue.roles();
    }

    @ModelAttribute("path")
    String path(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
