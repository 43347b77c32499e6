package com.toolkitatlas.source;

import com.toolkitatlas.catalogue.Catalogue;
import com.toolkitatlas.catalogue.Tool;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SourceController {

    private final Catalogue catalogue;

    SourceController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/sources")
    String sources(Model model) {
        model.addAttribute("sources", catalogue.sources());
        model.addAttribute("checkedTools", catalogue.tools().stream().filter(Tool::costChecked).toList());
        model.addAttribute("uncheckedTools", catalogue.tools().stream().filter(tool -> !tool.costChecked()).toList());
        model.addAttribute("costModels", catalogue.costModels());
        return "sources";
    }
}
